package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.RelationFindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"Important relations whose between-group cell is low or middle, weakest first, and how each pair",
                "of groups rates each other (asymmetry)."})
final class RelationsAnalysisCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Relational instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--importance-threshold", paramLabel = "X",
            description = "Mean relation-importance@1 score from which a relation counts as important (default: 4.0).")
    Double threshold;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            RelationFindings e = c.bean(Analyses.class).relations(c.study().study(), Studies.wave(c.study(), wave),
                    Studies.instrument(c.study(), instrument), threshold == null ? Analyses.DEFAULT_IMPORTANCE_THRESHOLD : threshold,
                    c.asOf(), c.k());
            Table weak = new Table("rank", "rater_group", "target_group", "map_importance", "rated_importance", "mean", "n", "band");
            e.weakImportant().forEach(w -> weak.row(w.rank(), w.raterGroup(), w.targetGroup(), w.mapImportance(),
                    number(w.ratedImportance()), number(w.mean()), w.n(), w.band().key()));
            Table unassessable = new Table("rater_group", "target_group", "n");
            e.notAssessable().forEach(w -> unassessable.row(w.raterGroup(), w.targetGroup(), w.n()));
            Table pairs = new Table("group_a", "group_b", "a_rates_b", "b_rates_a", "difference");
            e.asymmetry().forEach(p -> pairs.row(p.groupA(), p.groupB(), number(p.aRatesB()), number(p.bRatesA()), number(p.difference())));
            return Report.Output.of(e,
                    String.format(Locale.ROOT, "Weak but important relations, %s: study %s, wave %s, as of position %d, k = %d%n%s",
                            e.instrument(), e.study(), e.wave(), e.asOfPosition(), e.k(), e.method()),
                    weak,
                    Report.section("Important relations below k or without answers (" + e.notAssessable().size() + ")", unassessable),
                    Report.section("Asymmetry of pairs", pairs));
        });
    }
}
