package dk.samspil.ui.app.meeting;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.charts.DevelopmentLines;
import dk.samspil.reports.charts.ProfileBars;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The pages that follow the RK questionnaire over the waves: the dimension profile, given and received, start against end. */
final class WavePages {

    private WavePages() {
    }

    /** The RK items' means at every wave with answers, drawn and in a table. */
    static ReportPage profile(Reading r) {
        List<StudySummary.Wave> answered = r.answered();
        List<DimensionProfile> profiles = r.reports().profiles(r.pinned(), answered.stream().map(StudySummary.Wave::key).toList(), Reading.RK,
                r.unit());
        List<ProfileBars.Wave> waves = IntStream.range(0, answered.size())
                .mapToObj(w -> new ProfileBars.Wave(answered.get(w).label(), profiles.get(w))).toList();
        List<String> headers = new ArrayList<>(List.of(r.texts().text("table.itemMeanN")));
        waves.forEach(w -> headers.add(w.label()));
        List<List<String>> rows = new ArrayList<>();
        List<DimensionProfile.ItemMean> items = waves.getFirst().profile().items();
        for (int i = 0; i < items.size(); i++) {
            List<String> row = new ArrayList<>(List.of(r.label(items.get(i).labelDa(), items.get(i).labelEn())));
            for (ProfileBars.Wave wave : waves) {
                DimensionProfile.ItemMean item = wave.profile().items().get(i);
                row.add(item.suppressed() || item.mean() == null ? r.belowK() : r.texts().mean(item.mean()) + " (" + item.n() + ")");
            }
            rows.add(row);
        }
        List<Double> widths = new ArrayList<>(List.of(0.4));
        waves.forEach(w -> widths.add(0.6 / waves.size()));
        return new ReportPage(r.texts().text("profile.heading", Reading.RK), Optional.of(new ProfileBars(waves, r.texts())),
                Optional.of(new ReportPage.Table(headers, rows, widths)), List.of(r.texts().text("profile.reading", Integer.toString(r.k()))));
    }

    /** Given and received per group at every wave with answers: drawn, and first against last in a table. */
    static ReportPage development(Reading r) {
        List<GivenReceived> perWave = r.answered().stream().map(w -> r.reports().givenReceived(r.pinned(), w.key(), Reading.RK, r.unit()))
                .toList();
        List<DevelopmentLines.Group> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (StudySummary.Named group : r.study().groups()) {
            List<Double> given = new ArrayList<>();
            List<Double> received = new ArrayList<>();
            for (GivenReceived wave : perWave) {
                Optional<GivenReceived.Group> found = wave.groups().stream().filter(x -> x.group().equals(group.key())).findFirst();
                given.add(found.map(x -> x.given().mean()).orElse(null));
                received.add(found.map(x -> x.received().mean()).orElse(null));
            }
            groups.add(new DevelopmentLines.Group(group.name(), given, received));
            rows.add(List.of(group.name(), arrow(given, r), arrow(received, r)));
        }
        String first = r.answered().getFirst().label();
        String last = r.latest().label();
        ReportPage.Table table = new ReportPage.Table(List.of(r.texts().text("development.group"),
                r.texts().text("development.givenShort", first, last), r.texts().text("development.receivedShort", first, last)), rows,
                List.of(0.4, 0.3, 0.3));
        return new ReportPage(r.texts().text("development.heading"), Optional.of(new DevelopmentLines(r.answered().stream()
                .map(StudySummary.Wave::label).toList(), groups, r.texts())), Optional.of(table),
                List.of(r.texts().text("development.reading", Integer.toString(r.k()))));
    }

    private static String arrow(List<Double> values, Reading r) {
        Double first = values.getFirst();
        Double last = values.getLast();
        return (first == null ? r.belowK() : r.texts().mean(first)) + " → " + (last == null ? r.belowK() : r.texts().mean(last));
    }

    /** Start against end: each RK item's and the overall mean, its change and % change; for release-point readers, why not. */
    static ReportPage change(Reading r) {
        StudySummary.Wave from = r.answered().getFirst();
        StudySummary.Wave to = r.latest();
        String heading = r.texts().text("change.heading", from.label(), to.label());
        Change change;
        try {
            change = r.reports().change(r.pinned(), from.key(), to.key(), Reading.RK, r.unit(), "all");
        } catch (AccessPolicy.AccessDenied e) {
            return new ReportPage(heading, Optional.empty(), Optional.empty(), List.of(r.texts().text("change.notReleased")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Change.ItemChange item : change.items()) {
            rows.add(changeRow(r.label(item.labelDa(), item.labelEn()), item.change(), r));
        }
        rows.add(changeRow(r.texts().text("change.overall"), change.overall(), r));
        List<String> headers = List.of(r.texts().text("table.itemMeanN"), from.label(), to.label(), r.texts().text("change.change"),
                r.texts().text("change.percent"));
        return new ReportPage(heading, Optional.empty(), Optional.of(new ReportPage.Table(headers, rows, List.of(0.4, 0.15, 0.15, 0.15, 0.15))),
                List.of(r.texts().text("change.reading", Integer.toString(change.k()))));
    }

    private static List<String> changeRow(String label, Change.Side side, Reading r) {
        return List.of(label,
                side.meanStart() == null ? r.belowK() : r.texts().mean(side.meanStart()) + " (" + side.nStart() + ")",
                side.meanEnd() == null ? r.belowK() : r.texts().mean(side.meanEnd()) + " (" + side.nEnd() + ")",
                side.change() == null ? "–" : r.texts().signed(side.change(), 2),
                side.changePct() == null ? "–" : r.texts().signed(side.changePct(), 1) + " %");
    }
}
