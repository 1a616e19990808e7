package dk.samspil.ui.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-importing a changed bundle records exactly the changed questionnaires as corrections; the earlier versions stay. */
class CorrectionImportTest {

    @TempDir
    Path dir;

    @Test
    void three_changed_scores_in_three_questionnaires_are_three_corrections_and_history_keeps_the_old_matrix() throws IOException {
        Path data = dir.resolve("data");
        assertThat(Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString()).exit()).isZero();
        String before = matrix(data, null);

        Path changed = copyWithChangedScores(Cli.sample("mini"), dir.resolve("changed"), Set.of("p00001", "p00002", "p00003"));
        Cli.Result again = Cli.run("--data", data.toString(), "import", changed.toString());

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 questionnaires added, 3 corrected, 2205 unchanged; 0 outcome measurements added, 0 corrected, 288 unchanged");
        Cli.Result log = Cli.run("log", "--data", data.toString(), "--limit", "4");
        assertThat(log.out()).startsWith("2,593 events");
        assertThat(log.out().lines().skip(1).limit(3)).allMatch(line -> line.contains("SubmissionCorrected"));
        assertThat(matrix(data, null)).isNotEqualTo(before);
        assertThat(matrix(data, Long.toString(MiniSampleAcceptanceTest.MINI_EVENTS))).isEqualTo(before);
    }

    private static String matrix(Path data, String asOf) {
        List<String> args = new ArrayList<>(List.of("report", "matrix", "--data", data.toString(), "--study", "mini",
                "--wave", "w0", "--format", "csv"));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf));
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        // the as_of_position column differs by construction; the cells must not
        return result.out().lines().map(line -> line.replaceFirst("^([^,]*,[^,]*,[^,]*),[^,]*,", "$1,,")).toList().toString();
    }

    /** The bundle with the first rk@1 score of wave w0 of each given respondent lowered by one point (or raised from 1). */
    static Path copyWithChangedScores(Path from, Path to, Set<String> respondents) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(to.resolve("responses.csv")));
        Set<String> pending = new java.util.HashSet<>(respondents);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f[0].equals("w0") && f[5].equals("rk@1") && pending.contains(f[2]) && !f[9].isEmpty()) {
                int score = Integer.parseInt(f[9]);
                f[9] = Integer.toString(score == 1 ? 2 : score - 1);
                lines.set(i, String.join(",", f));
                pending.remove(f[2]);
            }
        }
        assertThat(pending).isEmpty();
        Files.write(to.resolve("responses.csv"), lines);
        return to;
    }
}
