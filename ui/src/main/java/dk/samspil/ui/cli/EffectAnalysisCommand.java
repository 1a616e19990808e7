package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

@Command(name = "effect", mixinStandardHelpOptions = true,
        description = {"Effect of an intervention type on a unit index (measures.md): difference-in-differences with unit",
                "and wave fixed effects and unit-clustered CR1 standard errors, with event-time means."})
final class EffectAnalysisCommand extends Report {

    @Option(names = "--type", required = true, paramLabel = "T", description = "Intervention type, e.g. handleteam or raadgivende_team.")
    String type;

    @Option(names = "--outcome", defaultValue = "rk@1", paramLabel = "I", description = "Instrument whose unit index is the outcome (default: ${DEFAULT-VALUE}).")
    String outcome;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "all, between or within (default: between for a relational instrument, else all).")
    String scope;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        InterventionEffect e = reports.effect(request, type, outcome, scope);
        Table events = new Table("relative_wave", "treated_mean", "treated_obs", "never_treated_mean", "never_treated_obs");
        e.eventTime().forEach(t -> events.row(t.relativeWave(), number(t.treatedMean()), t.treatedObs(),
                number(t.neverTreatedMean()), t.neverTreatedObs()));
        Table treated = new Table("unit", "started_on", "first_treated_wave");
        e.treatedUnits().forEach(t -> treated.row(t.unit(), t.startedOn(), t.firstTreatedWave()));
        return Output.of(e,
                String.format(Locale.ROOT, "Effect of %s on %s (scope %s): study %s, as of position %d, k = %d%n%s",
                        e.type(), e.outcome(), e.scope(), e.study(), e.asOfPosition(), e.k(), e.method()),
                new Table("estimate", "se", "ci_low", "ci_high", "n_obs", "clusters", "n_treated").row(number(e.estimate()),
                        number(e.se()), number(e.ciLow()), number(e.ciHigh()), e.nObs(), e.clusters(), e.nTreated()),
                section("Event time", events),
                section("Treated units", treated),
                "Unit-waves below k left out: " + e.excluded().size() + "\n",
                e.caution() == null ? "" : "Caution: " + e.caution() + "\n");
    }
}
