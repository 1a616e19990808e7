package dk.samspil.ui.runtime.demo;

import org.springframework.util.FileSystemUtils;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.intake.ImportSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
            SyntheticStudy.triples("skole", "Skoler", "Skole og dagtilbud", "dagtilbud", "Dagtilbud", "Skole og dagtilbud",
                    "familie", "Familieafdelingen", "Socialområdet", "ppr", "PPR", "Skole og dagtilbud",
                    "sundhedspleje", "Sundhedsplejen", "Sundhed", "tandpleje", "Børnetandplejen", "Sundhed",
                    "psykiatri", "Børne- og ungdomspsykiatrien", "Regionen", "fritid", "Fritids- og ungdomsklubber", "Kultur og fritid"),
            6, true, 8, 4, LocalDate.of(2024, 1, 8), 2, 20_240_108L, true);

    private DemoStudy() {
    }

    public static void write(Path folder) throws IOException {
        PRESET.write(folder);
    }

    /**
     * Imports the demo study, then the same bundle with one answer changed, so the history also
     * shows a correction (the first version stays in history, the correction supersedes it).
     */
    public static List<ImportSummary> load(BundleImporter importer) throws IOException {
        Path folder = Files.createTempDirectory("samspil-demo-");
        try {
            write(folder);
            ImportSummary first = importer.importBundle(folder, ImportProgress.SILENT);
            correctOneAnswer(folder.resolve("responses.csv"));
            ImportSummary corrected = importer.importBundle(folder, ImportProgress.SILENT);
            return List.of(first, corrected);
        } finally {
            delete(folder);
        }
    }

    /** The first answered item of the file one point higher (or lower at the top of the scale). */
    private static void correctOneAnswer(Path responses) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(responses, StandardCharsets.UTF_8));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int comma = line.lastIndexOf(',');
            String score = line.substring(comma + 1);
            if (!score.isEmpty()) {
                int value = Integer.parseInt(score);
                lines.set(i, line.substring(0, comma + 1) + (value < 5 ? value + 1 : value - 1));
                Files.write(responses, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException("the demo bundle has no answered item to correct");
    }

    public static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
