package dk.samspil.exports.labelled;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Little-endian output through one large buffer, with the position written so far; to a file it can also write back at
 * an earlier position. The channel is not closed: its owner closes it.
 */
final class BinaryOut implements AutoCloseable {

    private final WritableByteChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private static final byte[] ZEROS = new byte[4096];
    private long flushed;

    BinaryOut(WritableByteChannel channel) throws IOException {
        this.channel = channel;
        this.flushed = channel instanceof FileChannel file ? file.position() : 0;
    }

    long position() {
        return flushed + buffer.position();
    }

    BinaryOut ascii(String text) throws IOException {
        return bytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    BinaryOut bytes(byte[] bytes) throws IOException {
        return bytes(bytes, 0, bytes.length);
    }

    BinaryOut bytes(byte[] bytes, int offset, int length) throws IOException {
        int from = offset;
        int end = offset + length;
        while (from < end) {
            room(1);
            int n = Math.min(buffer.remaining(), end - from);
            buffer.put(bytes, from, n);
            from += n;
        }
        return this;
    }

    /** {@code bytes} in a field of {@code width}, padded with {@code pad}; the caller keeps bytes within the width. */
    BinaryOut padded(byte[] bytes, int width, char pad) throws IOException {
        if (pad == 0) {
            return fixed(bytes, width);
        }
        bytes(bytes);
        for (int k = bytes.length; k < width; k++) {
            u8(pad);
        }
        return this;
    }

    /** {@code bytes} in a field of {@code width}, padded with zeros; the caller keeps bytes within the width. */
    BinaryOut fixed(byte[] bytes, int width) throws IOException {
        bytes(bytes);
        return zeros(width - bytes.length);
    }

    BinaryOut zeros(int n) throws IOException {
        int left = n;
        while (left > 0) {
            room(1);
            int run = Math.min(Math.min(left, buffer.remaining()), ZEROS.length);
            buffer.put(ZEROS, 0, run);
            left -= run;
        }
        return this;
    }

    BinaryOut u8(int value) throws IOException {
        room(1);
        buffer.put((byte) value);
        return this;
    }

    BinaryOut u16(int value) throws IOException {
        room(2);
        buffer.putShort((short) value);
        return this;
    }

    BinaryOut i32(int value) throws IOException {
        room(4);
        buffer.putInt(value);
        return this;
    }

    BinaryOut i64(long value) throws IOException {
        room(8);
        buffer.putLong(value);
        return this;
    }

    BinaryOut f64(double value) throws IOException {
        room(8);
        buffer.putDouble(value);
        return this;
    }

    /** Writes {@code values} as 8-byte integers at an earlier {@code position}, leaving the write position where it was. */
    void patch(long position, long[] values) throws IOException {
        if (!(channel instanceof FileChannel file)) {
            throw new IllegalStateException("only a file can be written back to");
        }
        flush();
        ByteBuffer patch = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            patch.putLong(value);
        }
        patch.flip();
        while (patch.hasRemaining()) {
            file.write(patch, position + patch.position());
        }
    }

    private void room(int n) throws IOException {
        if (buffer.remaining() < n) {
            flush();
        }
    }

    void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            flushed += channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
