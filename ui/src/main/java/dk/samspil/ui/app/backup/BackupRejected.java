package dk.samspil.ui.app.backup;

import java.nio.file.Path;

/** A file that is not a sound Samspil backup; nothing was stored. */
public final class BackupRejected extends IllegalArgumentException {

    public BackupRejected(Path file, String problem) {
        super(file.toAbsolutePath().normalize() + " cannot be restored: " + problem + "; nothing was restored");
    }
}
