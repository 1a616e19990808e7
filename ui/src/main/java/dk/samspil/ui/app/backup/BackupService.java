package dk.samspil.ui.app.backup;

import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/** Backs up the event store of this application, or restores a backup into its empty store and rebuilds the read model. */
@Service
public class BackupService {

    private final DataSource eventStore;
    private final ReadModelSync sync;

    public BackupService(DataSource eventStore, ReadModelSync sync) {
        this.eventStore = eventStore;
        this.sync = sync;
    }

    /**
     * Writes the store as it stands at one moment into {@code file} (a file that does not exist yet);
     * the application may go on serving meanwhile.
     *
     * @throws IllegalArgumentException when the file exists
     */
    public BackupManifest backUp(Path file, Backups.Progress progress) throws IOException, SQLException {
        return BackupWriter.write(eventStore, file, progress);
    }

    /**
     * Verifies the backup, stores all of it in one transaction into the event store, which must be
     * empty, and rebuilds the read model from it.
     *
     * @throws BackupRejected when the file is not a sound backup
     * @throws IllegalArgumentException when the event store already holds something
     */
    public BackupManifest restore(Path file, Backups.Progress progress) throws IOException, SQLException {
        BackupManifest manifest = BackupReader.restore(file, eventStore, progress);
        sync.rebuild(Duration.ofHours(4), at -> progress.at("rebuilding the read model", Math.max(at, 0), manifest.eventPosition()));
        return manifest;
    }
}
