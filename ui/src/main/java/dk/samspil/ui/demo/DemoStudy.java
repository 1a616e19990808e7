package dk.samspil.ui.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/** The synthetic demo study that ./samspil demo loads: made-up data, labelled as such, with Danish names. */
public final class DemoStudy {

    public static final String STUDY = "demo";

    static final SyntheticStudy PRESET = new SyntheticStudy(
            "demo-kommune", "Demokommune (syntetiske data)", STUDY,
            "Syntetisk demo: tværgående samarbejde om udsatte børn og unge",
            "Tidligere og mere sammenhængende hjælp til udsatte børn og unge (syntetiske data, ingen rigtige personer)",
            "bu", "Børn og Unge",
            SyntheticStudy.pairs("nord", "Distrikt Nord", "syd", "Distrikt Syd", "oest", "Distrikt Øst",
                    "vest", "Distrikt Vest", "midt", "Distrikt Midt", "by", "Distrikt By"),
            SyntheticStudy.pairs("skole", "Skoler", "dagtilbud", "Dagtilbud", "familie", "Familieafdelingen",
                    "ppr", "PPR", "sundhedspleje", "Sundhedsplejen", "tandpleje", "Børnetandplejen",
                    "psykiatri", "Børne- og ungdomspsykiatrien", "fritid", "Fritids- og ungdomsklubber"),
            6, true, 8, 4, LocalDate.of(2024, 1, 8), 2, 20_240_108L);

    private DemoStudy() {
    }

    public static void write(Path folder) throws IOException {
        PRESET.write(folder);
    }

    public static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
