package dk.samspil.ui.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CaseMatrixReportTest {

    @TempDir
    Path data;

    @Test
    void reading_a_case_matrix_is_recorded_in_the_history_for_admins_to_review() {
        assertThat(Cli.run("import", "--data", data.toString(), Cli.sample("mini").toString()).exit()).isZero();
        Cli.Result matrix = Cli.run("report", "case-matrix", "--data", data.toString(), "--study", "mini", "--wave", "w0", "--format", "csv");
        assertThat(matrix.exit()).as(matrix.err()).isZero();
        assertThat(matrix.out()).startsWith("rater_group,target_group,mean,n,ratings,cases,suppressed");

        Cli.Result log = Cli.run("log", "--data", data.toString(), "--limit", "1");
        assertThat(log.out()).contains("PersonLevelDataRead")
                .contains("person-level data read by command line: case matrix, wave w0, rk@1, every case");
    }
}
