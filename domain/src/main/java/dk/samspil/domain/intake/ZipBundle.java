package dk.samspil.domain.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle packed as a .zip, read in place. The bundle's files may sit at the top of the archive
 * or inside one folder. An archive is refused whole, with every entry named, when an entry would
 * leave the bundle, is there twice, or would inflate beyond sane limits (zip bombs): on opening
 * from what the archive declares, and while reading from what actually inflates.
 */
final class ZipBundle implements BundleSource {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 4L << 30;
    static final long MAX_TOTAL_BYTES = 8L << 30;
    /** Real bundles pack about 20:1 (long CSV); deflate cannot pass about 1000:1. */
    static final int MAX_RATIO = 200;
    /** Entries smaller than this unpacked are never refused for their ratio. */
    static final long RATIO_FREE_BYTES = 16L << 20;
    private static final String PATH_EXPECTED = "a relative path inside the bundle (no '..', '\\', ':' or leading '/')";

    private final Path path;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;

    private ZipBundle(Path path, ZipFile zip, Map<String, ZipEntry> entries) {
        this.path = path;
        this.zip = zip;
        this.entries = entries;
    }

    /** @throws BundleRejected naming every entry that makes the archive unsafe, or the archive when it is no zip */
    static ZipBundle open(Path path) throws IOException {
        String archive = path.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            throw rejected(new Problem(archive, 0, "", "a .zip archive", String.valueOf(e.getMessage())));
        }
        try {
            ProblemReport problems = new ProblemReport();
            List<ZipEntry> files = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (++count > MAX_ENTRIES) {
                    problems.add(name, 0, "", "at most " + MAX_ENTRIES + " entries in the archive (a zip bomb?)", "more entries");
                    break;
                }
                if (leaves(name)) {
                    problems.add(name, 0, "", PATH_EXPECTED, "an entry that points outside the bundle");
                    continue;
                }
                if (!seen.add(name)) {
                    problems.add(name, 0, "", "each entry once in the archive", "a second entry of this name");
                    continue;
                }
                long size = Math.max(entry.getSize(), 0);
                total += size;
                if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                    problems.add(name, 0, "", "at most " + (MAX_ENTRY_BYTES >> 30) + " GiB per entry and " + (MAX_TOTAL_BYTES >> 30)
                            + " GiB in all, unpacked (a zip bomb?)", size + " bytes unpacked");
                } else if (size > RATIO_FREE_BYTES && size > MAX_RATIO * Math.max(entry.getCompressedSize(), 1)) {
                    problems.add(name, 0, "", "an entry packed at most " + MAX_RATIO + ":1 (a zip bomb?)",
                            size + " bytes packed into " + entry.getCompressedSize());
                }
                if (!entry.isDirectory() && !name.startsWith("__MACOSX/")) {
                    files.add(entry);
                }
            }
            if (!problems.isEmpty()) {
                throw new BundleRejected(problems);
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
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Whether a name could resolve outside the folder it is unpacked in, on any system. */
    static boolean leaves(String name) {
        return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20) || List.of(name.split("/")).contains("..");
    }

    private static BundleRejected rejected(Problem problem) {
        ProblemReport problems = new ProblemReport();
        problems.add(problem);
        return new BundleRejected(problems);
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
        return new Bounded(zip.getInputStream(entry), name, entry);
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

    /**
     * Stops reading an entry that inflates past what its header declared, past the ratio limit or
     * past the size limit, and turns a damaged entry into a problem naming it.
     */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private final long declared;
        private final long limit;
        private long read;

        Bounded(InputStream in, String name, ZipEntry entry) {
            super(in);
            this.name = name;
            this.declared = entry.getSize();
            this.limit = Math.min(MAX_ENTRY_BYTES, Math.max(RATIO_FREE_BYTES, MAX_RATIO * Math.max(entry.getCompressedSize(), 1)));
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (EntryRefused e) {
                throw e;
            } catch (IOException e) {
                throw damaged(e);
            }
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (EntryRefused e) {
                throw e;
            } catch (IOException e) {
                throw damaged(e);
            }
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private EntryRefused damaged(IOException e) {
            return new EntryRefused(new Problem(name, 0, "", "a zip entry that unpacks without errors", String.valueOf(e.getMessage())));
        }

        private void count(int n) throws EntryRefused {
            read += n;
            if (declared >= 0 && read > declared) {
                throw new EntryRefused(new Problem(name, 0, "", "an entry no larger than the archive declares (" + declared + " bytes; a zip bomb?)",
                        "more bytes"));
            }
            if (read > limit) {
                throw new EntryRefused(new Problem(name, 0, "", "an entry packed at most " + MAX_RATIO + ":1 and at most "
                        + (MAX_ENTRY_BYTES >> 30) + " GiB unpacked (a zip bomb?)", "more than " + limit + " bytes"));
            }
        }
    }
}
