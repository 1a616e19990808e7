package dk.samspil.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A written file as the manifest lists it. */
final class ExportedFiles {

    private ExportedFiles() {
    }

    /** A file that holds no rows (codebook, README): named relative to the export folder. */
    static ExportManifest.ExportedFile document(Path file, Path root, String description) throws IOException {
        return new ExportManifest.ExportedFile(root.relativize(file).toString(), 0, 0, sha256(file), description);
    }

    /** The SHA-256 of a file as lowercase hex. */
    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }
}
