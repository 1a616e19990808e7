package dk.samspil.exports;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The folder an export is built in, beside its target, and moved into place whole; closed before that, it is
 * deleted, so a failed export leaves nothing at the target.
 */
final class ExportFolder implements AutoCloseable {

    private final Path target;
    private final Path building;

    private ExportFolder(Path target, Path building) {
        this.target = target;
        this.building = building;
    }

    /** @throws IllegalArgumentException when {@code out} already holds files */
    static ExportFolder beside(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new IllegalArgumentException(target + " already exists and is not an empty folder; choose a new --out");
        }
        Files.createDirectories(target.getParent());
        sweepPartials(target);
        return new ExportFolder(target, Files.createTempDirectory(target.getParent(), prefix(target)));
    }

    /** Where the files are written until they are moved into place. */
    Path path() {
        return building;
    }

    void moveIntoPlace() throws IOException {
        if (Files.exists(target)) {
            Files.delete(target);
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        if (Files.exists(building)) {
            deleteTree(building);
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".partial-";
    }

    /** An export to the same folder that was killed (kill -9, power loss) leaves its unfinished folder beside it. */
    private static void sweepPartials(Path target) throws IOException {
        String prefix = prefix(target);
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path left : siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).toList()) {
                deleteTree(left);
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) {
        try {
            FileSystemUtils.deleteRecursively(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
