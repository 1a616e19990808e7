package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.RelationFindings;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"Important relations whose between-group cell is low or middle, weakest first, and how each pair",
                "of groups rates each other (asymmetry)."})
final class RelationsAnalysisCommand extends Report {

    @Mixin
    RelationalWave wave;

    @Option(names = "--importance-threshold", paramLabel = "X",
            description = "Mean relation-importance@1 score from which a relation counts as important (default: 4.0).")
    Double threshold;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        RelationFindings e = reports.relations(request, wave.wave, wave.instrument, threshold);
        Table weak = new Table("rank", "rater_group", "target_group", "map_importance", "rated_importance", "mean", "n", "band");
        e.weakImportant().forEach(w -> weak.row(w.rank(), w.raterGroup(), w.targetGroup(), w.mapImportance(),
                number(w.ratedImportance()), number(w.mean()), w.n(), w.band().key()));
        Table unassessable = new Table("rater_group", "target_group", "n");
        e.notAssessable().forEach(w -> unassessable.row(w.raterGroup(), w.targetGroup(), w.n()));
        Table pairs = new Table("group_a", "group_b", "a_rates_b", "b_rates_a", "difference");
        e.asymmetry().forEach(p -> pairs.row(p.groupA(), p.groupB(), number(p.aRatesB()), number(p.bRatesA()), number(p.difference())));
        return Output.of(e,
                String.format(Locale.ROOT, "Weak but important relations, %s: study %s, wave %s, as of position %d, k = %d%n%s",
                        e.instrument(), e.study(), e.wave(), e.asOfPosition(), e.k(), e.method()),
                weak,
                section("Important relations below k or without answers (" + e.notAssessable().size() + ")", unassessable),
                section("Asymmetry of pairs", pairs));
    }
}
