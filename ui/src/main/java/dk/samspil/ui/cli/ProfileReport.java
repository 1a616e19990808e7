package dk.samspil.ui.cli;

import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "The dimension profile of a wave: the mean of each item, for everyone or one relation.")
final class ProfileReport extends Report {

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--rater", paramLabel = "GROUP", description = "Only respondents of this group.")
    String rater;

    @Option(names = "--target", paramLabel = "GROUP", description = "Only ratings of this group (relational instruments).")
    String target;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        DimensionProfile profile = reports.profile(request, wave, instrument, rater, target);
        Table table = new Table("item", "dimension", "label", "mean", "n", "suppressed");
        profile.items().forEach(i -> table.row(i.item(), i.dimension(), i.labelEn(), i.mean(), i.n(), i.suppressed()));
        return Output.of(profile, String.format(Locale.ROOT, "Dimension profile: study %s, wave %s, %s%s%s, as of position %d, k = %d",
                profile.study(), profile.wave(), profile.instrument(), rater == null ? "" : ", rated by " + rater,
                target == null ? "" : ", of " + target, profile.asOfPosition(), profile.k()), table);
    }
}
