package dk.samspil.domain.intake;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SAX handler that reads a worksheet's XML into {@link XlsxSheet.Row}s: the text of each cell
 * (shared and inline strings, numbers in plain notation, date-formatted numbers as ISO dates), and
 * what it cannot read as text, by column.
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Excel's own limits; a sheet claiming more is damaged, and a far-off column would make a huge row. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /** Written out in plain notation, 1e999999999 would be a billion characters. */
    static final int MAX_DIGITS = 100;

    /** Ends the parse early when the receiver asks to stop. */
    static final class Stop extends SAXException {
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final XlsxSheet.Rows rows;
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

    XlsxSheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, XlsxSheet.Rows rows) {
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
                    if (!rows.row(new XlsxSheet.Row(rowNumber, cells, unreadable))) {
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
