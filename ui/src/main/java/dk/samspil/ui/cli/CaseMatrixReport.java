package dk.samspil.ui.cli;

import dk.samspil.domain.access.PersonLevelDataRead;
import dk.samspil.projections.matrix.CaseMatrix;
import dk.samspil.projections.matrix.CaseMatrixQuery;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "case-matrix", mixinStandardHelpOptions = true,
        description = {"The matrix of the professionals in citizens' cases (person-level ratings), by group,",
                "pooled over the cases given (default: every case of the wave). Figures below k are suppressed."})
final class CaseMatrixReport implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Relational instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--case", paramLabel = "ID", split = ",", description = "Case ids to pool, comma-separated.")
    List<String> cases = List.of();

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            CaseMatrix matrix = c.bean(CaseMatrixQuery.class).matrix(c.study().study(), Studies.wave(c.study(), wave),
                    Studies.instrument(c.study(), instrument), cases, c.asOf(), c.k());
            // person-level figures: who read them is part of the history, for admins to review
            c.bean(EventBus.class).publish(GenericEventMessage.asEventMessage(new PersonLevelDataRead("command line", c.study().study(),
                    "case matrix, wave " + matrix.wave() + ", " + matrix.instrument() + ", "
                            + (cases.isEmpty() ? "every case" : cases.size() + " case(s)"), matrix.asOfPosition())));
            return new Report.Output() {
                @Override
                public Object json() {
                    return matrix;
                }

                @Override
                public Table table() {
                    Table table = new Table("rater_group", "target_group", "mean", "n", "ratings", "cases", "suppressed");
                    matrix.cells().forEach(cell -> table.row(cell.raterGroup(), cell.targetGroup(), cell.mean(), cell.n(),
                            cell.ratings(), cell.cases(), cell.suppressed()));
                    return table;
                }

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Case matrix: study %s, wave %s, %s, %s, as of position %d, k = %d",
                            matrix.study(), matrix.wave(), matrix.instrument(),
                            cases.isEmpty() ? "every case" : "cases " + String.join(", ", cases), matrix.asOfPosition(), matrix.k());
                }
            };
        });
    }
}
