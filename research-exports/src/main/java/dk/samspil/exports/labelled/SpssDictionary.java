package dk.samspil.exports.labelled;

import dk.samspil.exports.labelled.LabelledTable.Column;
import dk.samspil.exports.labelled.LabelledTable.ValueLabel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of an SPSS system file before its cases, as PSPP's developers guide ("System File Format") describes it:
 * the file header, one variable record per segment and its continuations, value labels (types 3 and 4), the
 * extension records 7.3, 7.4, 7.11, 7.13, 7.14, 7.16 and 7.20 in ascending order, and the terminator 999.
 * It also lays the columns out: each column's short name, its segments' widths and its first 8-byte slot.
 */
final class SpssDictionary {

    /** The widest string SPSS holds. */
    static final int MAX_WIDTH = 32767;
    static final int SEGMENT_WIDTH = 255;
    // a very long string has one 255-wide segment for every 252 bytes of its width
    private static final int SEGMENT_SHARE = 252;
    private static final int LABEL_MAX = 255;
    private static final int FILE_LABEL = 64;
    private static final int FORMAT_A = 1;
    private static final int FORMAT_F = 5;
    private static final int FORMAT_DATE = 20;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // SPSS keeps these words for its syntax; no variable may be named so
    private static final List<String> RESERVED = List.of("ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH");
    private static final byte[] ELLIPSIS = "…".getBytes(StandardCharsets.UTF_8);

    private final LabelledTable table;
    private final String[] shortNames;
    private final int[][] segments;
    private final String[][] segmentNames;
    private final int[] firstSlot;
    private final int slots;

    SpssDictionary(LabelledTable table) {
        this.table = table;
        int n = table.columns().size();
        shortNames = new String[n];
        segments = new int[n][];
        segmentNames = new String[n][];
        firstSlot = new int[n];
        Set<String> taken = new HashSet<>(RESERVED);
        for (int i = 0; i < n; i++) {
            shortNames[i] = unique(table.columns().get(i).name().toUpperCase(Locale.ROOT), taken);
        }
        int slot = 0;
        for (int i = 0; i < n; i++) {
            Column c = table.columns().get(i);
            segments[i] = c.numeric() ? new int[]{0} : segmentWidths(c);
            segmentNames[i] = new String[segments[i].length];
            segmentNames[i][0] = shortNames[i];
            // segment names come after every column's own, so that a column keeps the name its own name gives
            for (int s = 1; s < segments[i].length; s++) {
                segmentNames[i][s] = unique(shortNames[i].substring(0, Math.min(5, shortNames[i].length())) + s, taken);
            }
            firstSlot[i] = slot;
            for (int width : segments[i]) {
                slot += slots(width);
            }
        }
        this.slots = slot;
    }

    /** The widths of a string column's segments: its own width up to 255, else 255 for each but the last. */
    private static int[] segmentWidths(Column c) {
        int width = c.width();
        if (width > MAX_WIDTH) {
            throw new IllegalArgumentException("column '" + c.name() + "' is " + width + " bytes wide; SPSS strings hold at most "
                    + MAX_WIDTH);
        }
        if (width <= SEGMENT_WIDTH) {
            return new int[]{width};
        }
        int n = (width + SEGMENT_SHARE - 1) / SEGMENT_SHARE;
        int[] widths = new int[n];
        Arrays.fill(widths, SEGMENT_WIDTH);
        widths[n - 1] = width - (n - 1) * SEGMENT_SHARE;
        return widths;
    }

    /** The 8-byte slots a segment of this width takes; a number (width 0) takes one. */
    static int slots(int width) {
        return width == 0 ? 1 : (width + 7) / 8;
    }

    /** The segments' widths of column i (a single 0 for a number). */
    int[] segments(int column) {
        return segments[column];
    }

    /** The number of 8-byte slots in a case: the header's nominal case size. */
    int slots() {
        return slots;
    }

    /** The wanted name cut to 8 bytes, or, when taken, cut shorter and numbered. */
    private static String unique(String wanted, Set<String> taken) {
        String name = wanted.substring(0, Math.min(8, wanted.length()));
        for (int n = 1; !taken.add(name); n++) {
            String suffix = Integer.toString(n);
            name = wanted.substring(0, Math.min(8 - suffix.length(), wanted.length())) + suffix;
        }
        return name;
    }

    void write(BinaryOut out) throws IOException {
        header(out);
        for (int i = 0; i < shortNames.length; i++) {
            variable(out, i);
        }
        for (int i = 0; i < shortNames.length; i++) {
            valueLabels(out, i);
        }
        machineInfo(out);
        displayParameters(out);
        text(out, 13, longNames());
        if (veryLongStrings().length > 0) {
            text(out, 14, veryLongStrings());
        }
        extension(out, 16, 8, 2).i64(1).i64(table.rows());
        text(out, 20, "UTF-8".getBytes(StandardCharsets.US_ASCII));
        // the dictionary's end: record type 999 and a filler
        out.i32(999).i32(0);
    }

    private void header(BinaryOut out) throws IOException {
        out.ascii("$FL2").padded(ascii("@(#) SPSS DATA FILE - samspil research exports"), 60, ' ');
        // layout code 2 says little-endian; compression 1 is the bytecode; no weight variable
        out.i32(2).i32(slots).i32(1).i32(0);
        // an int32 that cannot hold the count says "unknown"; record 7.16 gives it in 64 bits
        out.i32(table.rows() <= Integer.MAX_VALUE ? (int) table.rows() : -1).f64(100.0);
        var t = table.stamped();
        out.ascii(two(t.getDayOfMonth()) + " " + MONTHS[t.getMonthValue() - 1] + " " + two(t.getYear() % 100));
        out.ascii(two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond()));
        out.padded(utf8(table.label(), FILE_LABEL, false), FILE_LABEL, ' ').padded(new byte[0], 3, '\0');
    }

    /** Column i's variable records: one per segment, each followed by a continuation record for each further 8 bytes. */
    private void variable(BinaryOut out, int i) throws IOException {
        Column c = table.columns().get(i);
        for (int s = 0; s < segments[i].length; s++) {
            int width = segments[i][s];
            byte[] label = s == 0 ? utf8(c.label(), LABEL_MAX, true) : new byte[0];
            boolean missing = s == 0 && userMissing(c) != null;
            int format = format(c, width);
            out.i32(2).i32(width).i32(label.length > 0 ? 1 : 0).i32(missing ? 1 : 0).i32(format).i32(format);
            out.padded(ascii(segmentNames[i][s]), 8, ' ');
            if (label.length > 0) {
                // the label's length, then the label padded to a multiple of 4 bytes
                out.i32(label.length).padded(label, (label.length + 3) / 4 * 4, ' ');
            }
            if (missing) {
                out.f64(userMissing(c));
            }
            for (int k = 1; k < slots(width); k++) {
                out.i32(2).i32(-1).i32(0).i32(0).i32(0).i32(0).padded(new byte[0], 8, ' ');
            }
        }
    }

    /** The print and write format: type, width and decimals packed in an int32. */
    private static int format(Column c, int segmentWidth) {
        return switch (c.kind()) {
            case STRING -> FORMAT_A << 16 | segmentWidth << 8;
            case INTEGER -> FORMAT_F << 16 | 20 << 8;
            case DOUBLE -> FORMAT_F << 16 | 16 << 8 | 6;
            case DATE -> FORMAT_DATE << 16 | 11 << 8;
            case CODED -> FORMAT_F << 16 | codeDigits(c) << 8;
        };
    }

    /** The characters the widest code of a coded column takes, its sign included. */
    private static int codeDigits(Column c) {
        int digits = 1;
        for (ValueLabel label : labels(c)) {
            digits = Math.max(digits, Integer.toString(label.code()).length());
        }
        return digits;
    }

    /** A numeric column's user-missing code, or null when its nulls are system-missing. */
    static Integer userMissing(Column c) {
        return c.numeric() && c.missing() != null ? c.missing().spss() : null;
    }

    /** A numeric column's value labels: its codes' and its missing code's, unless a code already names that. */
    static List<ValueLabel> labels(Column c) {
        List<ValueLabel> labels = new ArrayList<>(c.valueLabels());
        Integer missing = userMissing(c);
        if (missing != null && labels.stream().noneMatch(l -> l.code() == missing)) {
            labels.add(new ValueLabel(missing, c.missing().label()));
        }
        return labels;
    }

    /** A type 3 record of the column's labels and the type 4 record naming the column by its first slot (1-based). */
    private void valueLabels(BinaryOut out, int i) throws IOException {
        List<ValueLabel> labels = labels(table.columns().get(i));
        if (labels.isEmpty()) {
            return;
        }
        out.i32(3).i32(labels.size());
        for (ValueLabel label : labels) {
            byte[] text = utf8(label.label(), LABEL_MAX, false);
            // the length byte and the label together fill a multiple of 8 bytes
            out.f64(label.code()).u8(text.length).padded(text, (text.length + 8) / 8 * 8 - 1, ' ');
        }
        out.i32(4).i32(1).i32(firstSlot[i] + 1);
    }

    /** Records 7.3 (integers: IEEE, little-endian, UTF-8 as code page 65001) and 7.4 (system-missing, highest, lowest). */
    private static void machineInfo(BinaryOut out) throws IOException {
        extension(out, 3, 4, 8).i32(1).i32(0).i32(0).i32(-1).i32(1).i32(1).i32(2).i32(65001);
        extension(out, 4, 8, 3).f64(-Double.MAX_VALUE).f64(Double.MAX_VALUE).f64(Math.nextUp(-Double.MAX_VALUE));
    }

    /** Record 7.11: measure, display width and alignment of every segment. */
    private void displayParameters(BinaryOut out) throws IOException {
        int count = Arrays.stream(segments).mapToInt(s -> s.length).sum();
        extension(out, 11, 4, 3 * count);
        for (int i = 0; i < segments.length; i++) {
            Column c = table.columns().get(i);
            // nominal (1) for text and codes, scale (3) for measurements; text left (0), numbers right (1)
            int measure = c.kind() == LabelledTable.Kind.STRING || c.kind() == LabelledTable.Kind.CODED ? 1 : 3;
            // columns at least SPSS's default 8 wide
            int width = c.numeric() ? Math.max(8, (format(c, 0) >> 8) & 0xff) : Math.min(c.width(), SEGMENT_WIDTH);
            for (int s = 0; s < segments[i].length; s++) {
                out.i32(measure).i32(width).i32(c.numeric() ? 1 : 0);
            }
        }
    }

    /** Record 7.13's text: SHORT=long for every column, separated by tabs. */
    private byte[] longNames() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < shortNames.length; i++) {
            pairs.add(shortNames[i] + "=" + table.columns().get(i).name());
        }
        return ascii(String.join("\t", pairs));
    }

    /** Record 7.14's text: SHORT=width (5 digits) for every string wider than 255, each ended by a zero byte and a tab. */
    private byte[] veryLongStrings() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shortNames.length; i++) {
            if (segments[i].length > 1) {
                String width = Integer.toString(table.columns().get(i).width());
                text.append(shortNames[i]).append('=').append("0".repeat(5 - width.length())).append(width).append("\0\t");
            }
        }
        return ascii(text.toString());
    }

    private static void text(BinaryOut out, int subtype, byte[] text) throws IOException {
        extension(out, subtype, 1, text.length).bytes(text, 0, text.length);
    }

    /** The head of a type 7 record: its subtype, the size of its items and their count. */
    private static BinaryOut extension(BinaryOut out, int subtype, int size, int count) throws IOException {
        return out.i32(7).i32(subtype).i32(size).i32(count);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The text's UTF-8 bytes, at most max, cut before the first character that does not fit (and then ending in "…" if asked). */
    static byte[] utf8(String text, int max, boolean ellipsis) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= max) {
            return bytes;
        }
        int end = ellipsis ? max - ELLIPSIS.length : max;
        // a byte 10xxxxxx continues a character begun before it
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        byte[] cut = Arrays.copyOf(bytes, end + (ellipsis ? ELLIPSIS.length : 0));
        if (ellipsis) {
            System.arraycopy(ELLIPSIS, 0, cut, end, ELLIPSIS.length);
        }
        return cut;
    }
}
