package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.units.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

@Command(name = "effect", mixinStandardHelpOptions = true,
        description = {"Effect of an intervention type on a unit index (measures.md): difference-in-differences with unit",
                "and wave fixed effects and unit-clustered CR1 standard errors, with event-time means."})
final class EffectAnalysisCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--type", required = true, paramLabel = "T", description = "Intervention type, e.g. handleteam or raadgivende_team.")
    String type;

    @Option(names = "--outcome", defaultValue = "rk@1", paramLabel = "I", description = "Instrument whose unit index is the outcome (default: ${DEFAULT-VALUE}).")
    String outcome;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "all, between or within (default: between for a relational instrument, else all).")
    String scope;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            var ref = Studies.instrument(c.study(), outcome);
            // measures.md: the default outcome is the between-group index of a relational instrument
            Scope chosen = scope != null ? AnalyzeCommand.scope(scope)
                    : c.study().relationalInstruments().contains(ref) ? Scope.BETWEEN : Scope.ALL;
            InterventionEffect e = c.bean(Analyses.class).effect(c.study().study(), type, ref, chosen, c.asOf(), c.k());
            Table events = new Table("relative_wave", "treated_mean", "treated_obs", "never_treated_mean", "never_treated_obs");
            e.eventTime().forEach(t -> events.row(t.relativeWave(), number(t.treatedMean()), t.treatedObs(),
                    number(t.neverTreatedMean()), t.neverTreatedObs()));
            Table treated = new Table("unit", "started_on", "first_treated_wave");
            e.treatedUnits().forEach(t -> treated.row(t.unit(), t.startedOn(), t.firstTreatedWave()));
            return Report.Output.of(e,
                    String.format(Locale.ROOT, "Effect of %s on %s (scope %s): study %s, as of position %d, k = %d%n%s",
                            e.type(), e.outcome(), e.scope(), e.study(), e.asOfPosition(), e.k(), e.method()),
                    new Table("estimate", "se", "ci_low", "ci_high", "n_obs", "clusters", "n_treated").row(number(e.estimate()),
                            number(e.se()), number(e.ciLow()), number(e.ciHigh()), e.nObs(), e.clusters(), e.nTreated()),
                    Report.section("Event time", events),
                    Report.section("Treated units", treated),
                    "Unit-waves below k left out: " + e.excluded().size() + "\n",
                    e.caution() == null ? "" : "Caution: " + e.caution() + "\n");
        });
    }
}
