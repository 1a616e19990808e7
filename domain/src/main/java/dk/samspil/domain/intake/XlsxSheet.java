package dk.samspil.domain.intake;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The first sheet of an .xlsx workbook, streamed row by row (SAX over the sheet's XML, so memory
 * stays flat however many rows) as the text of its cells: text as it is, whole numbers without
 * ".0", other numbers in plain decimal notation, and cells formatted as dates as ISO yyyy-MM-dd.
 */
final class XlsxSheet {

    /**
     * One row that has at least one cell.
     *
     * @param number     the row number Excel shows (1-based)
     * @param cells      the text of each cell by column index, null where the row has no cell
     * @param unreadable by column index, cells that hold neither text, a number nor a date (a
     *                   true/false value, an error such as #N/A), described for a message
     */
    record Row(int number, List<String> cells, Map<Integer, String> unreadable) {

        String cell(int column) {
            String text = column < cells.size() ? cells.get(column) : null;
            return text == null ? "" : text;
        }

        /** One past the last column that holds a cell. */
        int width() {
            return Math.max(cells.size(), unreadable.keySet().stream().mapToInt(c -> c + 1).max().orElse(0));
        }

        boolean blank() {
            return unreadable.isEmpty() && cells.stream().allMatch(c -> c == null || c.isEmpty());
        }
    }

    /** Receives the rows; returns false to stop reading. */
    interface Rows {
        boolean row(Row row);
    }

    /** The file is not a workbook that can be read, with the reason in words. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }


    private XlsxSheet() {
    }

    /** "A", "B", ... "AA": the column letter Excel shows for a 0-based column index. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    static void read(Path file, Rows rows) throws IOException, Unreadable {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new Unreadable("an old .xls workbook or a password-protected one");
        } catch (UnsupportedFileFormatException | InvalidOperationException | OpenXML4JException e) {
            throw new Unreadable("a file that is not an .xlsx workbook (" + e.getMessage() + ")");
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("a workbook without sheets");
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(reader.getSharedStringsTable(), reader.getStylesTable(), date1904(reader), rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (XlsxSheetHandler.Stop stop) {
                // the receiver has what it needs
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | InvalidOperationException | RecordFormatException e) {
            throw new Unreadable("a damaged workbook (" + e.getMessage() + ")");
        } finally {
            pkg.revert();
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] found = new boolean[1];
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equals(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }
}
