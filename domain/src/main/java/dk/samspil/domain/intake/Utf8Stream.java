package dk.samspil.domain.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking they are UTF-8, counting lines, so the first byte that is
 * not UTF-8 can be reported with the line it is on (a decoder reading ahead cannot say).
 */
final class Utf8Stream extends FilterInputStream {

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

    private void check(int b) throws NotUtf8 {
        if (continuations > 0) {
            if ((b & 0xC0) != 0x80) {
                throw new NotUtf8(line, b);
            }
            continuations--;
            return;
        }
        if (b == '\n') {
            line++;
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
