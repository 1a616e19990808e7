package dk.samspil.ui.cli;

import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.config.ReadModelSync;
import dk.samspil.ui.config.SamspilProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"The relation matrix of a wave: rows rate, columns are rated (measures.md).",
                "Cells with fewer than k respondents are suppressed."})
final class MatrixReport implements Callable<Integer> {

    enum Format { text, json, csv }

    @Mixin
    DataOptions options;

    @Option(names = "--study", required = true, paramLabel = "S", description = "Study key.")
    String study;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Relational instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--as-of", paramLabel = "POS|TIME", description = "Event-store position, or date/time, to compute at (default: latest).")
    String asOf;

    @Option(names = "--k", paramLabel = "N", description = "Minimum respondents per shown cell (default: the installation's, 5).")
    Integer k;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofHours(1), at -> { });
            StudySummary summary = Studies.study(app.getBean(StudyCatalog.class), study);
            RelationMatrix matrix = app.getBean(RelationMatrixQuery.class).matrix(summary.study(),
                    Studies.wave(summary, wave), Studies.instrument(summary, instrument), Studies.asOf(app.getBean(Positions.class), asOf),
                    Studies.k(k, app.getBean(SamspilProperties.class).k()));
            System.out.print(switch (format) {
                case json -> Json.write(matrix) + "\n";
                case csv -> csv(matrix);
                case text -> text(matrix, summary);
            });
        }
        return 0;
    }

    static String csv(RelationMatrix matrix) throws java.io.IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("study", "wave", "instrument", "as_of_position", "k", "rater_group", "target_group", "mean", "n", "band", "suppressed");
            for (MatrixCell cell : matrix.cells()) {
                csv.printRecord(matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k(),
                        cell.raterGroup(), cell.targetGroup(), cell.mean() == null ? "" : cell.mean(), cell.n(),
                        cell.band() == null ? "" : cell.band().key(), cell.suppressed());
            }
        }
        return out.toString();
    }

    static String text(RelationMatrix matrix, StudySummary summary) {
        List<String> groups = summary.groups().stream().map(StudySummary.Named::key).toList();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Relation matrix: study %s, wave %s, %s, as of position %d, k = %d%n",
                matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k()));
        out.append("Rows rate, columns are rated. Cell: mean (n) band H/M/L; 'suppressed' where n < k.\n\n");
        int width = Math.max(14, groups.stream().mapToInt(String::length).max().orElse(10) + 2);
        out.append(String.format("%-" + width + "s", "rater \\ rated"));
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
