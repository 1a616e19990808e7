package dk.samspil.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps every main source file small enough to read in one sitting, so a use case cannot grow back into one class. */
class SourceSizeTest {

    static final int MOST_LINES = 350;
    static final int MOST_LINES_OF_STUDY = 250;
    static final Path STUDY = Path.of("domain/src/main/java/dk/samspil/domain/study/Study.java");

    @Test
    void no_main_source_file_is_over_350_lines() throws IOException {
        Map<Path, Long> tooLong = new TreeMap<>();
        for (Path file : mainSources()) {
            long lines = lines(file);
            if (lines > MOST_LINES) {
                tooLong.put(file, lines);
            }
        }
        assertThat(tooLong).as("main source files over %d lines", MOST_LINES).isEmpty();
    }

    @Test
    void the_study_aggregate_keeps_only_what_is_the_studys() throws IOException {
        assertThat(lines(root().resolve(STUDY))).as(STUDY.toString()).isLessThanOrEqualTo(MOST_LINES_OF_STUDY);
    }

    @Test
    void the_check_sees_every_module() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).anyMatch(p -> p.endsWith(STUDY))
                .anyMatch(p -> p.startsWith(root().resolve("projections")))
                .anyMatch(p -> p.startsWith(root().resolve("research-exports")))
                .anyMatch(p -> p.toString().endsWith(".ts"));
    }

    /** Java under every module's src/main and the web frontend's TypeScript (Vaadin's generated files excluded). */
    static List<Path> mainSources() throws IOException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String rel = root.relativize(p).toString().replace('\\', '/');
                        return rel.matches("[^/]+/src/main/java/.+\\.java") || rel.matches("ui/src/main/frontend/[^/]+\\.ts");
                    })
                    .sorted()
                    .toList();
        }
    }

    static Path root() {
        // surefire runs in the ui module; the modules are its siblings
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
    }

    static long lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
