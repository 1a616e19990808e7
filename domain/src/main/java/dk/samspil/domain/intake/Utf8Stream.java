package dk.samspil.domain.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking they are UTF-8, counting lines, so the first byte that is
 * not UTF-8 can be reported with the line it is on (a decoder reading ahead cannot say). A line
 * longer than {@value #MAX_LINE_BYTES} bytes ends the reading: the CSV parser would hold it whole.
 */
final class Utf8Stream extends FilterInputStream {

    static final int MAX_LINE_BYTES = 16 << 20;

    /** A line too long to be a line of the format (a file without line breaks, a runaway cell). */
    static final class LineTooLong extends IOException {
        final int line;

        LineTooLong(int line) {
            super("line " + line + " is longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
            this.line = line;
        }
    }

    /** The input is not UTF-8 at this line. */
    static final class NotUtf8 extends IOException {
        final int line;
        final int value;

        NotUtf8(int line, int value) {
            super(String.format("byte 0x%02X on line %d is not UTF-8", value, line));
            this.line = line;
            this.value = value;
        }
    }

    private int line = 1;
    private int lineBytes;
    private int continuations;

    Utf8Stream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xff);
        }
        return n;
    }

    private void check(int b) throws IOException {
        if (++lineBytes > MAX_LINE_BYTES) {
            throw new LineTooLong(line);
        }
        if (continuations > 0) {
            if ((b & 0xC0) != 0x80) {
                throw new NotUtf8(line, b);
            }
            continuations--;
            return;
        }
        if (b == '\n') {
            line++;
            lineBytes = 0;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                continuations = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuations = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuations = 3;
            } else {
                throw new NotUtf8(line, b);
            }
        }
    }
}
