package dk.samspil.ui.cli;

import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.StudySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "The dimension profile of a wave: the mean of each item, for everyone or one relation.")
final class ProfileReport implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--rater", paramLabel = "GROUP", description = "Only respondents of this group.")
    String rater;

    @Option(names = "--target", paramLabel = "GROUP", description = "Only ratings of this group (relational instruments).")
    String target;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            group(c.study(), rater, "--rater");
            group(c.study(), target, "--target");
            DimensionProfile profile = c.bean(DimensionProfileQuery.class).profile(c.study().study(), Studies.wave(c.study(), wave),
                    Studies.instrument(c.study(), instrument), rater, target, c.asOf(), c.k());
            return new Report.Output() {
                @Override
                public Object json() {
                    return profile;
                }

                @Override
                public Table table() {
                    Table table = new Table("item", "dimension", "label", "mean", "n", "suppressed");
                    profile.items().forEach(i -> table.row(i.item(), i.dimension(), i.labelEn(), i.mean(), i.n(), i.suppressed()));
                    return table;
                }

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Dimension profile: study %s, wave %s, %s%s%s, as of position %d, k = %d",
                            profile.study(), profile.wave(), profile.instrument(), rater == null ? "" : ", rated by " + rater,
                            target == null ? "" : ", of " + target, profile.asOfPosition(), profile.k());
                }
            };
        });
    }

    private static void group(StudySummary study, String group, String option) {
        if (group != null && study.groups().stream().noneMatch(g -> g.key().equals(group))) {
            throw new BadInput(option + ": study " + study.study() + " has no group '" + group + "'");
        }
    }
}
