package dk.samspil.domain.intake;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** Excel's own limits; a sheet claiming more is damaged, and a far-off column would make a huge row. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /** Written out in plain notation, 1e999999999 would be a billion characters. */
    static final int MAX_DIGITS = 100;

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
            SheetHandler handler = new SheetHandler(reader.getSharedStringsTable(), reader.getStylesTable(), date1904(reader), rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (Stop stop) {
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

    /** Ends the parse early when the receiver asks to stop. */
    private static final class Stop extends SAXException {
    }

    private static final class SheetHandler extends DefaultHandler {
        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Rows rows;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private String[] stringCache = new String[1024];
        private int rowNumber;
        private List<String> cells;
        private Map<Integer, String> unreadable;
        private int column;
        private String type;
        private int style;
        private boolean hasValue;
        private boolean collecting;
        private boolean inInlineString;
        private boolean inPhonetic;

        SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, Rows rows) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : whole("row number", r, MAX_ROWS);
                    cells = new ArrayList<>();
                    unreadable = Map.of();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : whole("style number", s, Integer.MAX_VALUE);
                    hasValue = false;
                    text.setLength(0);
                }
                case "v" -> {
                    collecting = true;
                    hasValue = true;
                }
                case "is" -> inInlineString = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (inInlineString && !inPhonetic) {
                        collecting = true;
                        hasValue = true;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInlineString = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (hasValue) {
                        cell();
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty() || !unreadable.isEmpty()) {
                        if (!rows.row(new Row(rowNumber, cells, unreadable))) {
                            throw new Stop();
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        /** The 0-based column of a cell reference such as "J5" (CellReference does more work per cell). */
        private static int column(String reference) throws SAXException {
            int column = 0;
            int i = 0;
            for (; i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z'; i++) {
                column = column * 26 + (reference.charAt(i) - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    break;
                }
            }
            if (i == 0 || column > MAX_COLUMNS || i == reference.length() || !reference.substring(i).chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new SAXException("the cell reference '" + reference + "'");
            }
            return column - 1;
        }

        /** A whole number attribute in 0..max, which a damaged or hand-made sheet may not hold. */
        private static int whole(String what, String text, int max) throws SAXException {
            try {
                int value = Integer.parseInt(text);
                if (value >= 0 && value <= max && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new SAXException("the " + what + " '" + text + "'");
        }

        private void cell() {
            String raw = text.toString();
            switch (type) {
                case "s" -> sharedString(raw);
                case "inlineStr", "str" -> put(raw);
                case "b" -> odd("the true/false value " + ("1".equals(raw) ? "TRUE" : "FALSE"));
                case "e" -> odd("the error " + raw);
                case "d" -> isoDate(raw);
                default -> number(raw);
            }
        }

        private void sharedString(String raw) {
            int index;
            try {
                index = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                odd("a damaged text cell");
                return;
            }
            if (strings == null || index < 0 || index >= strings.getUniqueCount()) {
                odd("a damaged text cell");
                return;
            }
            if (index >= stringCache.length) {
                stringCache = Arrays.copyOf(stringCache, Math.max(index + 1, stringCache.length * 2));
            }
            // each distinct text is converted once: POI builds a rich-text object per lookup
            if (stringCache[index] == null) {
                stringCache[index] = strings.getItemAt(index).getString();
            }
            put(stringCache[index]);
        }

        private void number(String raw) {
            BigDecimal value;
            try {
                value = new BigDecimal(raw.trim());
            } catch (NumberFormatException e) {
                odd("a damaged number cell");
                return;
            }
            if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
                odd("a number of more than " + MAX_DIGITS + " digits");
                return;
            }
            if (isDateStyle(style)) {
                double serial = value.doubleValue();
                LocalDateTime when = DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904) : null;
                if (when != null) {
                    put(when.toLocalDate().toString());
                    return;
                }
            }
            put(value.stripTrailingZeros().toPlainString());
        }

        private void isoDate(String raw) {
            try {
                put(raw.length() > 10 ? LocalDateTime.parse(raw).toLocalDate().toString() : LocalDate.parse(raw).toString());
            } catch (DateTimeParseException e) {
                odd("a damaged date cell");
            }
        }

        private boolean isDateStyle(int index) {
            if (index < 0 || styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }

        private void put(String value) {
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }

        private void odd(String description) {
            if (unreadable.isEmpty()) {
                unreadable = new HashMap<>();
            }
            unreadable.put(column, description);
        }
    }
}
