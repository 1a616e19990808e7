package dk.samspil.ui.cli;

import dk.samspil.projections.matrix.CaseMatrix;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

@Command(name = "case-matrix", mixinStandardHelpOptions = true,
        description = {"The matrix of the professionals in citizens' cases (person-level ratings), by group,",
                "pooled over the cases given (default: every case of the wave). Figures below k are suppressed."})
final class CaseMatrixReport extends Report {

    @Mixin
    RelationalWave wave;

    @Option(names = "--case", paramLabel = "ID", split = ",", description = "Case ids to pool, comma-separated.")
    List<String> cases = List.of();

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        CaseMatrix matrix = reports.caseMatrix(request, wave.wave, wave.instrument, cases);
        Table table = new Table("rater_group", "target_group", "mean", "n", "ratings", "cases", "suppressed");
        matrix.cells().forEach(cell -> table.row(cell.raterGroup(), cell.targetGroup(), cell.mean(), cell.n(),
                cell.ratings(), cell.cases(), cell.suppressed()));
        return Output.of(matrix, String.format(Locale.ROOT, "Case matrix: study %s, wave %s, %s, %s, as of position %d, k = %d",
                matrix.study(), matrix.wave(), matrix.instrument(), cases.isEmpty() ? "every case" : "cases " + String.join(", ", cases),
                matrix.asOfPosition(), matrix.k()), table);
    }
}
