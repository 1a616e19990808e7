package dk.samspil.ui.cli;

import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.projections.units.UnitIndices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"Unit indices of a wave (measures.md): per unit, the mean of its respondents' mean scores.",
                "Units with fewer than k respondents are suppressed."})
final class UnitsReport implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", required = true, paramLabel = "I", description = "Instrument, e.g. rk@1 or leadership@1.")
    String instrument;

    @Option(names = "--scope", defaultValue = "all", paramLabel = "SCOPE",
            description = "all, between (ratings of other groups) or within (of the own group) (default: ${DEFAULT-VALUE}).")
    String scope;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            UnitIndices indices = c.bean(UnitIndexQuery.class).indices(c.study().study(), Studies.wave(c.study(), wave),
                    Studies.instrument(c.study(), instrument), scope(), c.asOf(), c.k());
            return new Report.Output() {
                @Override
                public Object json() {
                    return indices;
                }

                @Override
                public Table table() {
                    Table table = new Table("unit", "mean", "n", "suppressed");
                    indices.units().forEach(u -> table.row(u.unit(), u.mean(), u.n(), u.suppressed()));
                    return table;
                }

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Unit indices: study %s, wave %s, %s, scope %s, as of position %d, k = %d",
                            indices.study(), indices.wave(), indices.instrument(), indices.scope(), indices.asOfPosition(), indices.k());
                }
            };
        });
    }

    private Scope scope() {
        try {
            return Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--scope: " + e.getMessage());
        }
    }
}
