package dk.samspil.exports.labelled;

import dk.samspil.exports.labelled.LabelledTable.Column;
import dk.samspil.exports.labelled.LabelledTable.Kind;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.util.Arrays;

/**
 * Writes an SPSS system file (.sav) as PSPP's developers guide, chapter "System File Format", describes it:
 * little-endian, UTF-8 throughout, cases bytecode-compressed. {@link SpssDictionary} writes everything before the
 * cases; this class streams the cases. Coded columns carry value labels; a null in a numeric column with a missing
 * code is that code, declared user-missing and labelled, and any other null is system-missing. Strings wider than
 * 255 bytes are very long strings, split into segments. The same table and rows always give the same bytes.
 */
public final class SpssSav {

    // SPSS counts seconds from 1582-10-14, 141,428 days before 1970-01-01
    private static final long DAYS_1582_TO_1970 = 141_428;
    private static final double SECONDS_A_DAY = 86_400;
    // beyond 2^53 not every whole number is a double, so a larger Long could change
    private static final long EXACT = 1L << 53;

    private static final byte[] EMPTY = new byte[0];

    private SpssSav() {
    }

    /** Opens a writer of table to out (out is not closed by the sink); rows come through the sink. */
    public static RowSink open(LabelledTable table, OutputStream out) throws IOException {
        SpssDictionary dictionary = new SpssDictionary(table);
        BinaryOut le = new BinaryOut(Channels.newChannel(out));
        dictionary.write(le);
        return new Sink(table, dictionary, le);
    }

    private static final class Sink implements RowSink {

        private final LabelledTable table;
        private final Column[] columns;
        private final int[][] segments;
        private final Compressor cases;
        // the 8 bytes a string ends in, padded with spaces
        private final byte[] chunk = new byte[8];
        private long rows;
        private boolean closed;

        Sink(LabelledTable table, SpssDictionary dictionary, BinaryOut out) {
            this.table = table;
            this.columns = table.columns().toArray(Column[]::new);
            this.segments = new int[columns.length][];
            for (int i = 0; i < columns.length; i++) {
                segments[i] = dictionary.segments(i);
            }
            this.cases = new Compressor(out);
        }

        @Override
        public void row(Object[] values) throws IOException {
            if (closed) {
                throw new IllegalStateException("the sink is closed");
            }
            if (values.length != columns.length) {
                throw new IllegalArgumentException("row " + (rows + 1) + " has " + values.length + " values for "
                        + columns.length + " columns");
            }
            rows++;
            if (rows > table.rows()) {
                throw new IllegalStateException("the table has " + table.rows() + " rows and was given more");
            }
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].kind() == Kind.STRING) {
                    string(i, values[i]);
                } else {
                    number(columns[i], values[i]);
                }
            }
        }

        private void number(Column column, Object value) throws IOException {
            Integer missing = SpssDictionary.userMissing(column);
            if (value == null) {
                if (missing == null) {
                    cases.systemMissing();
                } else {
                    cases.number(missing);
                }
                return;
            }
            double v = switch (column.kind()) {
                case INTEGER -> exact(column, (Long) value);
                case DOUBLE -> finite(column, (Double) value);
                case DATE -> ((Integer) value + DAYS_1582_TO_1970) * SECONDS_A_DAY;
                default -> (Integer) value;
            };
            if (missing != null && v == missing) {
                throw fault(column, value + " is the column's missing code " + missing + ", which a value may not be");
            }
            cases.number(v);
        }

        private double exact(Column column, long value) {
            if (value > EXACT || value < -EXACT) {
                throw fault(column, value + " is beyond the whole numbers an SPSS number holds exactly (2^53)");
            }
            return value;
        }

        private double finite(Column column, double value) {
            // -Double.MAX_VALUE is SPSS's system-missing value, so no value may be it
            if (!Double.isFinite(value) || value == -Double.MAX_VALUE) {
                throw fault(column, value + " is no number SPSS holds");
            }
            return value;
        }

        /** A string's UTF-8 bytes packed into its segments, 255 to each but the last (PSPP: "packed tightly"), spaces after. */
        private void string(int i, Object value) throws IOException {
            byte[] bytes = value == null ? EMPTY : LabelledTable.text(value);
            if (bytes.length > columns[i].width()) {
                throw fault(columns[i], bytes.length + " bytes of UTF-8, wider than the column's " + columns[i].width());
            }
            int from = 0;
            for (int width : segments[i]) {
                int n = Math.min(Math.min(width, SpssDictionary.SEGMENT_WIDTH), bytes.length - from);
                segment(bytes, from, n, SpssDictionary.slots(width));
                from += n;
            }
        }

        /** n bytes from bytes at from, in whole 8-byte chunks, then the chunk they end in padded, then chunks of spaces. */
        private void segment(byte[] bytes, int from, int n, int chunks) throws IOException {
            int whole = n / 8;
            for (int k = 0; k < whole; k++) {
                cases.text(bytes, from + 8 * k);
            }
            int rest = n % 8;
            if (rest > 0) {
                System.arraycopy(bytes, from + 8 * whole, chunk, 0, rest);
                Arrays.fill(chunk, rest, 8, (byte) ' ');
                cases.text(chunk, 0);
            }
            for (int k = whole + (rest > 0 ? 1 : 0); k < chunks; k++) {
                cases.spaces();
            }
        }

        private IllegalArgumentException fault(Column column, String what) {
            return new IllegalArgumentException("column '" + column.name() + "', row " + rows + ": " + what);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (rows != table.rows()) {
                throw new IllegalStateException("the table has " + table.rows() + " rows and was given " + rows);
            }
            cases.end();
        }
    }

    /**
     * The bytecode compression: blocks of 8 command bytes, each followed by the 8-byte values its commands 253 take.
     * 1 to 251 are the whole numbers -99 to 151 (the code less the bias of 100), 252 ends the data, 254 is 8 spaces
     * and 255 is system-missing.
     */
    private static final class Compressor {

        private static final int BIAS = 100;
        private static final int END = 252;
        private static final int RAW = 253;
        private static final int SPACES = 254;
        private static final int SYSMIS = 255;
        private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

        private final BinaryOut out;
        private final byte[] commands = new byte[8];
        private final ByteBuffer values = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        private int used;

        Compressor(BinaryOut out) {
            this.out = out;
        }

        void number(double v) throws IOException {
            int whole = (int) v;
            // -0.0 would come back as 0.0 through a code, so it goes raw
            if (whole == v && whole >= 1 - BIAS && whole <= 251 - BIAS && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO) {
                command(whole + BIAS);
            } else {
                values.putDouble(v);
                command(RAW);
            }
        }

        void spaces() throws IOException {
            command(SPACES);
        }

        void systemMissing() throws IOException {
            command(SYSMIS);
        }

        /** Eight bytes of text from bytes at offset. */
        void text(byte[] bytes, int offset) throws IOException {
            for (int k = offset; k < offset + 8; k++) {
                if (bytes[k] != ' ') {
                    values.put(bytes, offset, 8);
                    command(RAW);
                    return;
                }
            }
            command(SPACES);
        }

        /** The end code, then zeros (no operation) filling its block. */
        void end() throws IOException {
            command(END);
            while (used > 0) {
                command(0);
            }
            out.flush();
        }

        private void command(int code) throws IOException {
            commands[used++] = (byte) code;
            if (used == commands.length) {
                out.bytes(commands, 0, commands.length).bytes(values.array(), 0, values.position());
                values.clear();
                used = 0;
            }
        }
    }
}
