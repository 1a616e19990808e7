package dk.samspil.exports.labelled;

import dk.samspil.exports.labelled.LabelledTable.Column;
import dk.samspil.exports.labelled.LabelledTable.MissingCode;
import dk.samspil.exports.labelled.LabelledTable.ValueLabel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Stata dataset in .dta format 118 (Stata 14 and later, UTF-8), as Stata's "help dta" describes it: header,
 * map, descriptors, characteristics, data, strLs and value labels. Coded columns carry value labels named as the
 * column; a null in a numeric column with a missing code is the extended missing value {@code .letter}, labelled.
 * The map of section offsets is written last, once the strLs' size is known.
 */
public final class StataDta {

    private static final int NAME = 129;
    private static final int FORMAT = 57;
    private static final int VARIABLE_LABEL = 321;
    private static final int STR_MAX = 2045;
    private static final int TYPE_STRL = 32768;
    private static final int TYPE_DOUBLE = 65526;
    private static final int TYPE_LONG = 65528;
    private static final int TYPE_INT = 65529;
    private static final int TYPE_BYTE = 65530;
    // the largest valid values; above them lie . and .a to .z
    private static final int BYTE_MAX = 100;
    private static final int INT_MAX = 32740;
    private static final long LONG_MAX = 2147483620L;
    private static final long DOUBLE_MISSING = 0x7fe0000000000000L;
    private static final long DOUBLE_STEP = 0x010000000000L;
    // Stata counts days from 1960-01-01
    private static final int DAYS_1960_TO_1970 = 3653;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH);

    private StataDta() {
    }

    /** Opens {@code file} for writing {@code table}; the rows come through the sink, and closing it completes the file. */
    public static RowSink open(LabelledTable table, Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return new Sink(table, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A column's Stata storage type: the smallest that holds every code, and double for any other number. */
    static int type(Column column) {
        return switch (column.kind()) {
            case STRING -> column.width() > STR_MAX ? TYPE_STRL : column.width();
            case DOUBLE -> TYPE_DOUBLE;
            case INTEGER, DATE -> TYPE_LONG;
            case CODED -> {
                int max = column.valueLabels().stream().mapToInt(ValueLabel::code).max().orElse(0);
                int min = column.valueLabels().stream().mapToInt(ValueLabel::code).min().orElse(0);
                yield max <= BYTE_MAX && min >= -127 ? TYPE_BYTE : max <= INT_MAX && min >= -32767 ? TYPE_INT : TYPE_LONG;
            }
        };
    }

    private static final class Sink implements RowSink {

        private final LabelledTable table;
        private final FileChannel channel;
        private final BinaryOut out;
        private final int[] types;
        private final Column[] columns;
        private final long[] map = new long[14];
        private final List<byte[]> strls = new ArrayList<>();
        private final List<long[]> strlKeys = new ArrayList<>();
        private long rows;

        Sink(LabelledTable table, FileChannel channel) throws IOException {
            this.table = table;
            this.channel = channel;
            this.out = new BinaryOut(channel);
            this.types = table.columns().stream().mapToInt(StataDta::type).toArray();
            this.columns = table.columns().toArray(Column[]::new);
            header();
            descriptors();
            map[9] = out.position();
            out.ascii("<data>");
        }

        private void header() throws IOException {
            out.ascii("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>")
                    .u16(table.columns().size()).ascii("</K><N>").i64(table.rows()).ascii("</N><label>");
            byte[] label = utf8(cut(table.label(), 80));
            out.u16(label.length).bytes(label).ascii("</label><timestamp>");
            byte[] stamp = STAMP.format(table.stamped()).getBytes(StandardCharsets.US_ASCII);
            out.u8(stamp.length).bytes(stamp).ascii("</timestamp></header>");
            map[1] = out.position();
            // the offsets are known only at the end; the map keeps their place
            out.ascii("<map>").zeros(8 * map.length).ascii("</map>");
        }

        private void descriptors() throws IOException {
            List<Column> columns = table.columns();
            map[2] = out.position();
            out.ascii("<variable_types>");
            for (int type : types) {
                out.u16(type);
            }
            out.ascii("</variable_types>");
            map[3] = out.position();
            out.ascii("<varnames>");
            for (Column c : columns) {
                out.fixed(utf8(c.name()), NAME);
            }
            out.ascii("</varnames>");
            map[4] = out.position();
            out.ascii("<sortlist>").zeros(2 * (columns.size() + 1)).ascii("</sortlist>");
            map[5] = out.position();
            out.ascii("<formats>");
            for (Column c : columns) {
                out.fixed(format(c).getBytes(StandardCharsets.US_ASCII), FORMAT);
            }
            out.ascii("</formats>");
            map[6] = out.position();
            out.ascii("<value_label_names>");
            for (Column c : columns) {
                out.fixed(labelled(c) ? utf8(c.name()) : new byte[0], NAME);
            }
            out.ascii("</value_label_names>");
            map[7] = out.position();
            out.ascii("<variable_labels>");
            for (Column c : columns) {
                out.fixed(utf8(cut(c.label(), 80)), VARIABLE_LABEL);
            }
            out.ascii("</variable_labels>");
            map[8] = out.position();
            out.ascii("<characteristics>");
            for (Column c : columns) {
                // the whole meaning, which a variable label's 80 characters seldom hold, as the variable's note (Stata's notes)
                characteristic(c.name(), "note1", c.label());
                characteristic(c.name(), "note0", "1");
            }
            out.ascii("</characteristics>");
        }

        private void characteristic(String variable, String name, String text) throws IOException {
            byte[] contents = utf8(text);
            out.ascii("<ch>").i32(2 * NAME + contents.length + 1).fixed(utf8(variable), NAME).fixed(utf8(name), NAME)
                    .bytes(contents).u8(0).ascii("</ch>");
        }

        @Override
        public void row(Object[] values) throws IOException {
            rows++;
            if (rows > table.rows()) {
                throw new IllegalStateException("the table has " + table.rows() + " rows and was given more");
            }
            for (int i = 0; i < types.length; i++) {
                Column column = columns[i];
                Object value = values[i];
                int type = types[i];
                if (type <= STR_MAX) {
                    string(column, value, type);
                } else if (type == TYPE_STRL) {
                    strl(i, value);
                } else if (type == TYPE_DOUBLE) {
                    out.i64(value == null ? missingDouble(column.missing()) : Double.doubleToLongBits(number(column, (Double) value)));
                } else {
                    integer(column, type, value);
                }
            }
        }

        private void string(Column column, Object value, int width) throws IOException {
            byte[] bytes = value == null ? new byte[0] : LabelledTable.text(value);
            if (bytes.length > width) {
                throw new IllegalArgumentException(column.name() + ", row " + rows + ": " + bytes.length + " bytes, wider than the column's "
                        + width);
            }
            out.fixed(bytes, width);
        }

        /** A long string goes to the strLs section; the row holds its (variable, observation) key, 2 and 6 bytes in format 118. */
        private void strl(int variable, Object value) throws IOException {
            if (value == null || LabelledTable.text(value).length == 0) {
                out.i64(0);
                return;
            }
            long key = (variable + 1L) | (rows << 16);
            strls.add(LabelledTable.text(value));
            strlKeys.add(new long[]{variable + 1L, rows});
            out.i64(key);
        }

        private void integer(Column column, int type, Object value) throws IOException {
            long v;
            if (value == null) {
                v = missingInteger(type, column.missing());
            } else {
                v = switch (column.kind()) {
                    case DATE -> (Integer) value + (long) DAYS_1960_TO_1970;
                    case CODED -> (Integer) value;
                    default -> (Long) value;
                };
                long max = type == TYPE_BYTE ? BYTE_MAX : type == TYPE_INT ? INT_MAX : LONG_MAX;
                if (v > max || v < -max) {
                    throw new IllegalArgumentException(column.name() + ", row " + rows + ": " + value + " is outside what Stata's "
                            + (type == TYPE_LONG ? "long" : type == TYPE_INT ? "int" : "byte") + " holds");
                }
            }
            switch (type) {
                case TYPE_BYTE -> out.u8((int) v);
                case TYPE_INT -> out.u16((int) v);
                default -> out.i32((int) v);
            }
        }

        private double number(Column column, double value) {
            if (Double.isNaN(value) || Math.abs(value) > Double.longBitsToDouble(DOUBLE_MISSING - 1)) {
                throw new IllegalArgumentException(column.name() + ", row " + rows + ": " + value + " is no number Stata holds");
            }
            return value;
        }

        @Override
        public void close() throws IOException {
            try (channel; out) {
                if (rows != table.rows()) {
                    throw new IllegalStateException("the table has " + table.rows() + " rows and was given " + rows);
                }
                out.ascii("</data>");
                map[10] = out.position();
                out.ascii("<strls>");
                for (int i = 0; i < strls.size(); i++) {
                    byte[] text = strls.get(i);
                    // type 130: text ending in a zero byte, which its length counts
                    out.ascii("GSO").i32((int) strlKeys.get(i)[0]).i64(strlKeys.get(i)[1]).u8(130).i32(text.length + 1).bytes(text).u8(0);
                }
                out.ascii("</strls>");
                map[11] = out.position();
                valueLabels();
                map[12] = out.position();
                out.ascii("</stata_dta>");
                map[13] = out.position();
                out.patch(map[1] + "<map>".length(), map);
            }
        }

        private void valueLabels() throws IOException {
            out.ascii("<value_labels>");
            for (Column c : table.columns()) {
                if (labelled(c)) {
                    valueLabel(c);
                }
            }
            out.ascii("</value_labels>");
        }

        /** One value-label table: n, the text's length, each label's offset, each value, then the texts ending in zero bytes. */
        private void valueLabel(Column c) throws IOException {
            List<int[]> entries = new ArrayList<>();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            List<ValueLabel> labels = new ArrayList<>(c.valueLabels());
            if (c.missing() != null) {
                labels.add(new ValueLabel((int) (LONG_MAX + 2 + (c.missing().letter() - 'a')), c.missing().label()));
            }
            for (ValueLabel label : labels) {
                entries.add(new int[]{text.size(), label.code()});
                text.writeBytes(utf8(cut(label.label(), 32000)));
                text.write(0);
            }
            int n = entries.size();
            out.ascii("<lbl>").i32(8 + 8 * n + text.size()).fixed(utf8(c.name()), NAME + 3).i32(n).i32(text.size());
            for (int[] entry : entries) {
                out.i32(entry[0]);
            }
            for (int[] entry : entries) {
                out.i32(entry[1]);
            }
            out.bytes(text.toByteArray()).ascii("</lbl>");
        }
    }

    /** Whether a column has value labels: its codes, or the meaning of its missing code. */
    private static boolean labelled(Column c) {
        return c.numeric() && (!c.valueLabels().isEmpty() || c.missing() != null);
    }

    private static String format(Column c) {
        return switch (c.kind()) {
            case STRING -> "%-" + Math.min(c.width(), STR_MAX) + "s";
            case DATE -> "%td";
            case DOUBLE -> "%10.0g";
            case INTEGER, CODED -> "%9.0g";
        };
    }

    private static long missingInteger(int type, MissingCode missing) {
        long dot = type == TYPE_BYTE ? BYTE_MAX + 1 : type == TYPE_INT ? INT_MAX + 1 : LONG_MAX + 1;
        return missing == null ? dot : dot + 1 + (missing.letter() - 'a');
    }

    private static long missingDouble(MissingCode missing) {
        return missing == null ? DOUBLE_MISSING : DOUBLE_MISSING + DOUBLE_STEP * (1 + missing.letter() - 'a');
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** At most {@code max} characters, the last an ellipsis when cut. */
    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
