package dk.samspil.ui.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad bundle exits 1, lists every problem by line and column, and stores nothing. */
class MalformedBundleTest {

    private static final String HEADER = "wave,collected_on,respondent,respondent_group,respondent_unit,instrument,target,case,item,score\n";

    @TempDir
    Path dir;

    @Test
    void bad_score_unknown_group_and_broken_quoting_are_all_reported_and_nothing_is_stored() throws IOException {
        Path data = dir.resolve("data");
        Cli.Result valid = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
        assertThat(valid.exit()).as(valid.err()).isZero();
        long before = events(data);

        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.copy(Cli.sample("mini").resolve("study.json"), bad.resolve("study.json"));
        Files.writeString(bad.resolve("responses.csv"), HEADER
                + "w1,2023-07-10,p09001,skole,d01,rk@1,group:ppr,,samarbejde,4\n"
                + "w1,2023-07-10,p09002,skole,d01,rk@1,group:ppr,,samarbejde,6\n"
                + "w1,2023-07-10,p09003,laerere,d01,rk@1,group:ppr,,samarbejde,4\n"
                + "w1,2023-07-10,\"p09004\"oops,skole,d01,rk@1,group:ppr,,samarbejde,4\n");

        Cli.Result result = Cli.run("--data", data.toString(), "import", bad.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .contains("3 problems found; nothing was stored.")
                .contains("responses.csv line 3, column score: expected a score on rk@1's scale 1-5 or empty for don't know, found '6'")
                .contains("responses.csv line 4, column respondent_group: expected a group key of study.json, found 'laerere'")
                .contains("responses.csv line 5: expected well-formed CSV");
        assertThat(events(data)).isEqualTo(before);
    }

    @Test
    void a_bundle_that_is_not_there_is_bad_input() {
        Cli.Result result = Cli.run("--data", dir.resolve("data").toString(), "import", dir.resolve("nowhere").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("no bundle at").contains("expected a folder or a .zip");
    }

    private static long events(Path data) {
        Cli.Result log = Cli.run("log", "--data", data.toString(), "--limit", "1");
        assertThat(log.exit()).as(log.err()).isZero();
        return Long.parseLong(log.out().lines().findFirst().orElseThrow().split(" ")[0].replace(",", ""));
    }
}
