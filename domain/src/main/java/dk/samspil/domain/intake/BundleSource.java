package dk.samspil.domain.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of a study bundle, from a folder or a .zip of one. */
public interface BundleSource extends Closeable {

    /** How the user named the bundle, for messages. */
    String name();

    boolean exists(String path);

    InputStream open(String path) throws IOException;

    /** Paths of the files directly inside a folder of the bundle ("" for the top), sorted. */
    List<String> list(String folder) throws IOException;

    /** Opens a folder or a .zip, refusing anything else with a message that says what was expected. */
    static BundleSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new FolderBundle(path);
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return ZipBundle.open(path);
        }
        if (!Files.exists(path)) {
            throw new java.io.FileNotFoundException("no bundle at " + path + " (expected a folder or a .zip)");
        }
        throw new IOException(path + " is not a bundle: expected a folder or a .zip file");
    }
}
