package dk.samspil.ui.app.erasure;

import dk.samspil.ui.runtime.storage.DataDirectory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An erasure made while the application serves cannot rewrite an embedded H2 file that is open:
 * it leaves a request in the data folder, and the next start compacts the file before anything
 * opens it. PostgreSQL rewrites the key table at once.
 */
@Component
public class CompactionRequests {

    public static final String MARKER = "compact-event-store";

    private final DataSource dataSource;
    private final DataDirectory data;

    public CompactionRequests(DataSource dataSource, DataDirectory data) {
        this.dataSource = dataSource;
        this.data = data;
    }

    /** @return true when the store was compacted now, false when it will be at the next start */
    public boolean request() {
        try (Connection c = dataSource.getConnection()) {
            if (KeyStorageCompaction.compactRunning(c)) {
                return true;
            }
            Files.writeString(data.root().resolve(MARKER), "an erasure asked for the event store to be compacted\n");
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compact the event store after an erasure", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Before the application opens the data folder: compacts the embedded H2 store when an erasure asked for it. */
    public static void runRequested(Path data, String url) throws SQLException, IOException {
        Path marker = data.resolve(MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        KeyStorageCompaction.compactStopped(url, "", "");
        Files.delete(marker);
    }
}
