package dk.samspil.domain.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte, so a test can make what ZipOutputStream refuses to: two
 * entries of one name, sizes that lie, unix symlinks, data compressed once and packed many times.
 */
final class RawZip {

    /**
     * One entry as it goes into the archive.
     *
     * @param data         the bytes as stored (already deflated when {@code deflated})
     * @param declaredSize the uncompressed size the headers claim
     * @param unixMode     file type and permissions for the external attributes (0 for none)
     */
    record Entry(String name, byte[] data, boolean deflated, long crc, long declaredSize, int unixMode) {

        static Entry stored(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Entry(name, content, false, crc.getValue(), content.length, 0);
        }

        static Entry deflated(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Entry(name, deflate(content), true, crc.getValue(), content.length, 0);
        }

        Entry named(String other) {
            return new Entry(other, data, deflated, crc, declaredSize, unixMode);
        }

        Entry claiming(long size) {
            return new Entry(name, data, deflated, crc, size, unixMode);
        }

        Entry symlink() {
            return new Entry(name, data, deflated, crc, declaredSize, 0120777);
        }
    }

    private RawZip() {
    }

    /** Zeros, deflated: a few bytes per MiB, the classic bomb. */
    static Entry zeros(String name, long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] chunk = new byte[1 << 20];
        byte[] out = new byte[1 << 16];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        for (long left = size; left > 0; left -= chunk.length) {
            int n = (int) Math.min(chunk.length, left);
            crc.update(chunk, 0, n);
            deflater.setInput(chunk, 0, n);
            while (!deflater.needsInput()) {
                compressed.write(out, 0, deflater.deflate(out));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(out, 0, deflater.deflate(out));
        }
        deflater.end();
        return new Entry(name, compressed.toByteArray(), true, crc.getValue(), size, 0);
    }

    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static void write(Path zip, List<Entry> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip)) {
            List<Long> offsets = new ArrayList<>();
            long at = 0;
            for (Entry entry : entries) {
                offsets.add(at);
                byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer local = le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                        .putShort((short) (entry.deflated() ? 8 : 0)).putShort((short) 0).putShort((short) 0x21)
                        .putInt((int) entry.crc()).putInt(entry.data().length).putInt((int) entry.declaredSize())
                        .putShort((short) name.length).putShort((short) 0).put(name);
                out.write(local.array());
                out.write(entry.data());
                at += local.capacity() + entry.data().length;
            }
            long directory = at;
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer central = le(46 + name.length).putInt(0x02014b50).putShort((short) (entry.unixMode() == 0 ? 20 : 0x0314))
                        .putShort((short) 20).putShort((short) 0x0800).putShort((short) (entry.deflated() ? 8 : 0))
                        .putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc()).putInt(entry.data().length)
                        .putInt((int) entry.declaredSize()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putInt(entry.unixMode() << 16).putInt(offsets.get(i).intValue()).put(name);
                out.write(central.array());
                at += central.capacity();
            }
            out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                    .putShort((short) entries.size()).putInt((int) (at - directory)).putInt((int) directory).putShort((short) 0).array());
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
