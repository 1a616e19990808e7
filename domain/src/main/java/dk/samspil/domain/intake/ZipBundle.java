package dk.samspil.domain.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle packed as a .zip, read in place. The bundle's files may sit at the top of the archive
 * or inside one folder. Entries that would leave the bundle, and entries that inflate beyond
 * a sane size (zip bombs), are refused.
 */
final class ZipBundle implements BundleSource {

    static final long MAX_ENTRY_BYTES = 4L << 30;

    private final Path path;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;

    private ZipBundle(Path path, ZipFile zip, Map<String, ZipEntry> entries) {
        this.path = path;
        this.zip = zip;
        this.entries = entries;
    }

    static ZipBundle open(Path path) throws IOException {
        ZipFile zip = new ZipFile(path.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            List<ZipEntry> files = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
                    throw new IOException(path + ": entry '" + name + "' points outside the bundle; refusing the archive");
                }
                if (!entry.isDirectory() && !name.startsWith("__MACOSX/")) {
                    files.add(entry);
                }
            }
            String prefix = files.stream().anyMatch(e -> e.getName().equals("study.json")) ? ""
                    : files.stream().map(ZipEntry::getName).filter(n -> n.endsWith("/study.json") && n.indexOf('/') == n.length() - "/study.json".length())
                    .map(n -> n.substring(0, n.length() - "study.json".length())).findFirst().orElse("");
            Map<String, ZipEntry> byPath = new HashMap<>();
            for (ZipEntry entry : files) {
                if (entry.getName().startsWith(prefix)) {
                    byPath.put(entry.getName().substring(prefix.length()), entry);
                }
            }
            return new ZipBundle(path, zip, byPath);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public boolean exists(String path) {
        return entries.containsKey(path);
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new java.io.FileNotFoundException(name + " is not in " + path);
        }
        return new Bounded(zip.getInputStream(entry), name);
    }

    @Override
    public List<String> list(String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return entries.keySet().stream()
                .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                .sorted().toList();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Stops reading an entry that inflates past the limit. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private long read;

        Bounded(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_ENTRY_BYTES) {
                throw new IOException(name + " inflates beyond " + (MAX_ENTRY_BYTES >> 30) + " GiB; refusing it");
            }
        }
    }
}
