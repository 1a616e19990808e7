package dk.samspil.ui.runtime.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The data folder: embedded event store, read model, and a lock so that only one Samspil
 * process uses it at a time (DuckDB and embedded H2 allow one process per file).
 */
public final class DataDirectory implements AutoCloseable {

    private static final String CURRENT = "readmodel.current";
    private static final String FIRST = "readmodel.duckdb";
    private static final Pattern READ_MODEL = Pattern.compile("readmodel(?:-(\\d+))?\\.duckdb");

    private final Path root;
    /** Held while the application runs; released with its channel on close. */
    private final FileLock lock;

    private DataDirectory(Path root, FileLock lock) {
        this.root = root;
        this.lock = lock;
    }

    /** @throws DataDirectoryInUse when another Samspil process holds the folder */
    public static DataDirectory acquire(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Path lockFile = root.resolve("samspil.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new DataDirectoryInUse(root, holder);
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since "
                + java.time.Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        DataDirectory data = new DataDirectory(root, lock);
        data.sweepReadModels();
        // left by an application that did not stop cleanly; a serving application writes a new one
        Files.deleteIfExists(controlFile(root));
        return data;
    }

    public Path root() {
        return root;
    }

    public Path eventStore() {
        return root.resolve("events").resolve("samspil");
    }

    /** Where a serving application says how commands reach it. */
    public static Path controlFile(Path dataFolder) {
        return dataFolder.resolve("control.json");
    }

    /** The read model in use: the file {@value #CURRENT} names, else readmodel.duckdb. */
    public Path readModel() {
        Path pointer = root.resolve(CURRENT);
        try {
            return Files.exists(pointer) ? root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()) : root.resolve(FIRST);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** A fresh file to rebuild the read model in, beside the one in use. */
    public Path nextReadModel() throws IOException {
        Path next = root.resolve("readmodel-" + (generation(readModel().getFileName().toString()) + 1) + ".duckdb");
        delete(next);
        return next;
    }

    /** Makes {@code file} the read model in use (atomically) and deletes the one before it. */
    public void promote(Path file) throws IOException {
        Path before = readModel();
        Path written = root.resolve(CURRENT + ".new");
        Files.writeString(written, file.getFileName() + "\n", StandardCharsets.UTF_8);
        Files.move(written, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (!before.equals(file)) {
            delete(before);
        }
    }

    // a rebuild cut off before its switch leaves its file behind; only this process can be using the folder
    private void sweepReadModels() throws IOException {
        String current = readModel().getFileName().toString();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(f -> READ_MODEL.matcher(f.getFileName().toString()).matches()).toList()) {
                if (!file.getFileName().toString().equals(current)) {
                    delete(file);
                }
            }
        }
    }

    private static void delete(Path readModel) throws IOException {
        Files.deleteIfExists(readModel);
        Files.deleteIfExists(readModel.resolveSibling(readModel.getFileName() + ".wal"));
    }

    private static long generation(String fileName) {
        Matcher m = READ_MODEL.matcher(fileName);
        return m.matches() && m.group(1) != null ? Long.parseLong(m.group(1)) : 0;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lock.channel().close();
    }

    /** Another process works on the same data folder. */
    public static final class DataDirectoryInUse extends IOException {
        public DataDirectoryInUse(Path root, String holder) {
            super("the data folder " + root + " is in use by another Samspil process ("
                    + (holder.isEmpty() ? "unknown" : holder) + "); stop it, or give another folder with --data");
        }
    }
}
