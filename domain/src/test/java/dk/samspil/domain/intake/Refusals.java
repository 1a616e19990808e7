package dk.samspil.domain.intake;

import org.assertj.core.api.ThrowingConsumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the intake tests look at a bundle the reader refuses. */
final class Refusals {

    private Refusals() {
    }

    /** The problems the bundle is refused for; fails when it is accepted. */
    static List<Problem> problemsOf(Path bundle) {
        try (BundleSource source = BundleSource.open(bundle)) {
            BundleReader.read(source, ImportProgress.SILENT);
        } catch (BundleRejected e) {
            return e.report().problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the bundle was accepted");
    }

    /** The bundle is refused for this one problem, as people read it. */
    static void refusedFor(Path bundle, String problem) {
        assertThat(problemsOf(bundle)).singleElement().hasToString(problem);
    }

    /** A problem in this file, on this line. */
    static ThrowingConsumer<Problem> in(String file, int line) {
        return p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
        };
    }
}
