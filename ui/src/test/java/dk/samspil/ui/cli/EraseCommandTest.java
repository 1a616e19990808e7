package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing one respondent of the mini sample: afterwards no file of the data folder, and no export,
 * holds their id, and every report equals one computed from a bundle that never had them.
 */
class EraseCommandTest {

    private static final String PERSON = "p00007";

    @TempDir
    Path dir;

    @Test
    void an_erased_respondent_is_gone_from_every_file_and_every_figure_is_recomputed_without_them() throws Exception {
        Path data = dir.resolve("data");
        assertThat(Cli.run("import", "--data", data.toString(), Cli.sample("mini").toString()).exit()).isZero();
        assertThat(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "J-1", "--microdata").exit())
                .isZero();
        // the search can find them: before the erasure the event store and the read model hold the id
        assertThat(filesHolding(data, PERSON)).as("files holding the id before").isNotEmpty();

        Cli.Result erased = Cli.run("erase", "--data", data.toString(), "--respondent", PERSON);
        assertThat(erased.exit()).as(erased.err()).isZero();
        assertThat(erased.out()).contains("erased respondent " + PERSON + " in 1 organisation(s)");

        assertThat(filesHolding(data, PERSON)).as("files holding the id after the erasure").isEmpty();
        Path export = dir.resolve("export");
        Cli.Result exported = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "aau", "--out", export.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(filesHolding(export, PERSON)).as("export files holding the id").isEmpty();

        // every figure equals the same figure from a bundle without them
        Path without = dir.resolve("without");
        Path withoutData = dir.resolve("without-data");
        copyWithout(Cli.sample("mini"), without, PERSON);
        assertThat(Cli.run("import", "--data", withoutData.toString(), without.toString()).exit()).isZero();
        for (String wave : List.of("w0", "w1", "w2", "w3")) {
            assertThat(report(data, "matrix", "--wave", wave)).as("matrix %s", wave).isEqualTo(report(withoutData, "matrix", "--wave", wave));
            assertThat(report(data, "units", "--wave", wave, "--instrument", "rk@1", "--scope", "between")).as("units %s", wave)
                    .isEqualTo(report(withoutData, "units", "--wave", wave, "--instrument", "rk@1", "--scope", "between"));
        }
        assertThat(report(data, "profile", "--wave", "w3", "--instrument", "rk@1")).isEqualTo(report(withoutData, "profile", "--wave", "w3",
                "--instrument", "rk@1"));

        // recorded, in plain words and without them; a second erasure finds nobody
        assertThat(Cli.run("log", "--data", data.toString()).out()).contains("a respondent of organisation").doesNotContain(PERSON);
        Cli.Result again = Cli.run("erase", "--data", data.toString(), "--respondent", PERSON);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("no person '" + PERSON + "' is known").contains("erased already");
    }

    @Test
    void erasing_takes_the_persons_questionnaire_links_also_of_someone_only_invited() throws Exception {
        Path data = dir.resolve("data");
        Cli.Result imported = Cli.run("import", "--data", data.toString(), OpenWaveBundle.write(dir.resolve("open"), "p-answered-7").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path respondents = Files.writeString(dir.resolve("respondents.csv"), "respondent,respondent_group\np-answered-7,skole\np-invited-7,skole\n");
        Cli.Result invited = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", respondents.toString());
        assertThat(invited.exit()).as(invited.err()).isZero();
        assertThat(filesHolding(data, "p-invited-7")).as("files holding the invited id before").isNotEmpty();

        Cli.Result onlyInvited = Cli.run("erase", "--data", data.toString(), "--respondent", "p-invited-7");
        assertThat(onlyInvited.exit()).as(onlyInvited.err()).isZero();
        assertThat(onlyInvited.out()).contains("erased respondent p-invited-7 in 0 organisation(s) [] with 1 questionnaire link(s)")
                .contains("no answers of theirs were stored");
        Cli.Result answered = Cli.run("erase", "--data", data.toString(), "--respondent", "p-answered-7", "--organisation", "proeve");
        assertThat(answered.exit()).as(answered.err()).isZero();
        assertThat(answered.out()).contains("erased respondent p-answered-7 in 1 organisation(s) [proeve] with 1 questionnaire link(s)")
                .contains("the read model was rebuilt without them");

        assertThat(filesHolding(data, "p-invited-7")).as("files holding the invited id after").isEmpty();
        assertThat(filesHolding(data, "p-answered-7")).as("files holding the answering id after").isEmpty();
        // their wave is still open: they may be invited anew, as a new person
        Cli.Result again = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", respondents.toString());
        assertThat(again.exit()).as(again.err()).isZero();
    }

    @Test
    void while_the_application_serves_the_command_asks_it_to_erase_and_its_next_start_rewrites_the_store() throws Exception {
        Path data = dir.resolve("serving");
        assertThat(Cli.run("import", "--data", data.toString(), Cli.sample("mini").toString()).exit()).isZero();

        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            Cli.Result erased = Cli.run("erase", "--data", data.toString(), "--respondent", PERSON);
            assertThat(erased.exit()).as(erased.err()).isZero();
            assertThat(erased.out()).contains("erased respondent " + PERSON + " in 1 organisation(s) [eksempel-kommune] with 0 questionnaire link(s)")
                    .contains("while the application served; the read model was rebuilt without them")
                    .contains("the event-store file is rewritten at the application's next start");
            Cli.Result again = Cli.run("erase", "--data", data.toString(), "--respondent", PERSON);
            assertThat(again.exit()).isEqualTo(1);
            assertThat(again.err()).contains("no person '" + PERSON + "' is known");
        }

        // any next start, here the history's, rewrites the store first
        Cli.Result log = Cli.run("log", "--data", data.toString());
        assertThat(log.out()).contains("a respondent of organisation").doesNotContain(PERSON);
        assertThat(filesHolding(data, PERSON)).as("files holding the id after the next start").isEmpty();
    }

    private static String report(Path data, String report, String... args) {
        List<String> all = new ArrayList<>(List.of("report", report, "--data", data.toString(), "--study", "mini", "--format", "csv"));
        all.addAll(List.of(args));
        Cli.Result result = Cli.run(all.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        return withoutPosition(result.out());
    }

    /** The report without an as_of_position column: the two data folders hold different numbers of events. */
    private static String withoutPosition(String csv) {
        List<String> lines = csv.lines().toList();
        int column = List.of(lines.getFirst().split(",", -1)).indexOf("as_of_position");
        if (column < 0) {
            return csv;
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
            fields.remove(column);
            out.append(String.join(",", fields)).append('\n');
        }
        return out.toString();
    }

    /** Every regular file under the folder whose bytes contain the text (as UTF-8). */
    static List<Path> filesHolding(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> holding = new ArrayList<>();
        for (Path file : regularFiles(folder)) {
            if (contains(readIfStillThere(file), needle)) {
                holding.add(file);
            }
        }
        return holding;
    }

    private static List<Path> regularFiles(Path folder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).toList();
            } catch (UncheckedIOException walk) {
                // a file vanished while the walk read its attributes; list again
                if (!(walk.getCause() instanceof NoSuchFileException) || attempt == 3) {
                    throw walk;
                }
            }
        }
    }

    // a running node checkpoints its DuckDB write-ahead log away between the listing and the reading
    private static byte[] readIfStillThere(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The bundle with the person's response rows left out. */
    private static void copyWithout(Path bundle, Path target, String respondent) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("responses.csv")) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(bundle.resolve("responses.csv"), StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(target.resolve("responses.csv"), StandardCharsets.UTF_8)) {
            var rows = format.parse(in);
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(rows.getHeaderNames().toArray(String[]::new)).get().print(out)) {
                for (CSVRecord row : rows) {
                    if (!row.get("respondent").equals(respondent)) {
                        printer.printRecord(row.toList());
                    }
                }
            }
        }
    }
}
