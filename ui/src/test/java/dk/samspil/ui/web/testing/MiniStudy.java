package dk.samspil.ui.web.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The mini sample study (test resources samples/mini) and its independently computed reference figures. */
public final class MiniStudy {

    public static final StudyId STUDY = StudyId.of("mini");

    private MiniStudy() {
    }

    /** A fresh data folder per Spring context: DuckDB lets one context hold a folder. */
    public static Path newDataFolder() {
        try {
            Path target = Files.createDirectories(Path.of("target", "view-test-data"));
            return Files.createTempDirectory(target, "data-").toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a test data folder", e);
        }
    }

    /** The mini sample's bundle folder. */
    public static Path bundle() {
        try {
            return resource("samples/mini");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attributes issue 20's tests add to the mini sample's study.json: a respondent's position, a citizen's resources. */
    public static final String ATTRIBUTES = """
              "attributes": [
                {"key": "stilling", "applies_to": "respondent", "asked": true,
                 "label": {"da": "Stilling", "en": "Position"},
                 "values": [{"key": "leder", "label": {"da": "Leder", "en": "Leader"}},
                            {"key": "medarbejder", "label": {"da": "Medarbejder", "en": "Staff"}}]},
                {"key": "ressourcer", "applies_to": "citizen",
                 "label": {"da": "Ressourcer", "en": "Resources"},
                 "values": [{"key": "faa", "label": {"da": "Få", "en": "Few"}}, {"key": "mange", "label": {"da": "Mange", "en": "Many"}}]}
              ],
            """;

    /** A copy of the mini sample's bundle in {@code to}, its study.json defining {@link #ATTRIBUTES} (no values yet). */
    public static Path withAttributes(Path to) throws IOException {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> files = Files.list(bundle())) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        Path study = to.resolve("study.json");
        Files.writeString(study, Files.readString(study, java.nio.charset.StandardCharsets.UTF_8).replace("  \"relations\"",
                ATTRIBUTES + "  \"relations\""));
        return to;
    }

    /** Imports the bundle unless this context's data folder already holds it, and waits for the read model. */
    public static void ensureImported(BundleImporter importer, ReadModelSync sync, StudyCatalog catalog) throws Exception {
        if (catalog.study(STUDY, AsOf.LATEST).isEmpty()) {
            importer.importBundle(resource("samples/mini"), ImportProgress.SILENT);
        }
        sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
    }

    /** One cell of a reference matrix, e.g. matrix_w0. */
    public record ReferenceCell(@JsonProperty("rater_group") String rater, @JsonProperty("target_group") String target,
                         double mean, int n, String band) {
    }

    public static List<ReferenceCell> referenceMatrix(String name) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = MiniStudy.class.getClassLoader().getResourceAsStream("samples/mini-reference.json")) {
            JsonNode cells = json.readTree(in).get(name);
            return List.of(json.treeToValue(cells, ReferenceCell[].class));
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(MiniStudy.class.getClassLoader().getResource(name).toURI());
    }
}
