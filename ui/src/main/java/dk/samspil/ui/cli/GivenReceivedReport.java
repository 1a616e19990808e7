package dk.samspil.ui.cli;

import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.matrix.GivenReceivedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "given-received", mixinStandardHelpOptions = true,
        description = "Per group: how it rates the other groups (given) against how they rate it (received).")
final class GivenReceivedReport implements Callable<Integer> {

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
            GivenReceived result = c.bean(GivenReceivedQuery.class).givenReceived(c.study().study(), Studies.wave(c.study(), wave),
                    Studies.instrument(c.study(), instrument), c.asOf(), c.k());
            return new Report.Output() {
                @Override
                public Object json() {
                    return result;
                }

                @Override
                public Table table() {
                    Table table = new Table("group", "given_mean", "given_n", "received_mean", "received_n", "asymmetry");
                    result.groups().forEach(g -> table.row(g.group(), g.given().mean(), g.given().n(), g.received().mean(),
                            g.received().n(), g.asymmetry()));
                    return table;
                }

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Given vs received: study %s, wave %s, %s, as of position %d, k = %d",
                            result.study(), result.wave(), result.instrument(), result.asOfPosition(), result.k());
                }
            };
        });
    }
}
