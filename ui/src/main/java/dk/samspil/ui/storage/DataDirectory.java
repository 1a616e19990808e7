package dk.samspil.ui.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data folder: embedded event store, read model, and a lock so that only one Samspil
 * process uses it at a time (DuckDB and embedded H2 allow one process per file).
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
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
        return new DataDirectory(root, channel, lock);
    }

    public Path root() {
        return root;
    }

    public Path eventStore() {
        return root.resolve("events").resolve("samspil");
    }

    public Path readModel() {
        return root.resolve("readmodel.duckdb");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    /** Another process works on the same data folder. */
    public static final class DataDirectoryInUse extends IOException {
        public DataDirectoryInUse(Path root, String holder) {
            super("the data folder " + root + " is in use by another Samspil process ("
                    + (holder.isEmpty() ? "unknown" : holder) + "); stop it, or give another folder with --data");
        }
    }
}
