package dk.samspil.ui.cli;

import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Locale;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"The relation matrix of a wave: rows rate, columns are rated (measures.md).",
                "Cells with fewer than k respondents are suppressed."})
final class MatrixReport extends Report {

    @Mixin
    RelationalWave wave;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        StudyReports.Matrix asked = reports.matrix(request, wave.wave, wave.instrument);
        RelationMatrix matrix = asked.matrix();
        Table table = new Table("study", "wave", "instrument", "as_of_position", "k", "rater_group", "target_group",
                "mean", "n", "band", "suppressed");
        for (MatrixCell cell : matrix.cells()) {
            table.row(matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k(),
                    cell.raterGroup(), cell.targetGroup(), cell.mean(), cell.n(),
                    cell.band() == null ? null : cell.band().key(), cell.suppressed());
        }
        String heading = String.format(Locale.ROOT, "Relation matrix: study %s, wave %s, %s, as of position %d, k = %d%n"
                        + "Rows rate, columns are rated. Cell: mean (n) band H/M/L; 'suppressed' where n < k.",
                matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k());
        return new Output() {
            @Override
            public Object json() {
                return matrix;
            }

            @Override
            public Table table() {
                return table;
            }

            @Override
            public String heading() {
                return heading;
            }

            @Override
            public String text() {
                return heading + "\n\n" + grid(matrix, asked.study());
            }
        };
    }

    private static String grid(RelationMatrix matrix, StudySummary summary) {
        List<String> groups = summary.groups().stream().map(StudySummary.Named::key).toList();
        int width = Math.max(14, groups.stream().mapToInt(String::length).max().orElse(10) + 2);
        StringBuilder out = new StringBuilder(String.format("%-" + width + "s", "rater \\ rated"));
        groups.forEach(g -> out.append(String.format("%-" + width + "s", g)));
        out.append('\n');
        for (String rater : groups) {
            out.append(String.format("%-" + width + "s", rater));
            for (String target : groups) {
                String text = matrix.cells().stream()
                        .filter(c -> c.raterGroup().value().equals(rater) && c.targetGroup().value().equals(target))
                        .findFirst()
                        .map(c -> c.suppressed() ? "suppressed" : String.format(Locale.ROOT, "%.2f (%d) %s",
                                c.mean(), c.n(), c.band().key().substring(0, 1).toUpperCase(Locale.ROOT)))
                        .orElse("-");
                out.append(String.format("%-" + width + "s", text));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
