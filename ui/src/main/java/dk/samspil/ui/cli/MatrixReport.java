package dk.samspil.ui.cli;

import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.studies.StudySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"The relation matrix of a wave: rows rate, columns are rated (measures.md).",
                "Cells with fewer than k respondents are suppressed."})
final class MatrixReport implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Relational instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            RelationMatrix matrix = c.bean(RelationMatrixQuery.class).matrix(c.study().study(), Studies.wave(c.study(), wave),
                    Studies.instrument(c.study(), instrument), c.asOf(), c.k());
            return new Report.Output() {
                @Override
                public Object json() {
                    return matrix;
                }

                @Override
                public Table table() {
                    Table table = new Table("study", "wave", "instrument", "as_of_position", "k", "rater_group", "target_group",
                            "mean", "n", "band", "suppressed");
                    for (MatrixCell cell : matrix.cells()) {
                        table.row(matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k(),
                                cell.raterGroup(), cell.targetGroup(), cell.mean(), cell.n(),
                                cell.band() == null ? null : cell.band().key(), cell.suppressed());
                    }
                    return table;
                }

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Relation matrix: study %s, wave %s, %s, as of position %d, k = %d%n"
                                    + "Rows rate, columns are rated. Cell: mean (n) band H/M/L; 'suppressed' where n < k.",
                            matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k());
                }

                @Override
                public String text() {
                    return heading() + "\n\n" + grid(matrix, c.study());
                }
            };
        });
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
