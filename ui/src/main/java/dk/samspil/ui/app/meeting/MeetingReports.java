package dk.samspil.ui.app.meeting;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.reports.ReportDocument;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.ReportTexts;
import dk.samspil.reports.Stamp;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.reports.charts.DevelopmentLines;
import dk.samspil.reports.charts.HeatMap;
import dk.samspil.reports.charts.ProfileBars;
import dk.samspil.reports.pdf.PdfReport;
import dk.samspil.reports.pptx.PptxReport;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report a programme manager takes to a meeting: a study (or a unit and the units below it) at one
 * moment, its figures through the same gate as every view, laid out once and written as PDF or PowerPoint.
 */
@Service
public class MeetingReports {

    private static final String RK = "rk@1";

    private final StudyReports reports;
    private final ReadModel readModel;

    public MeetingReports(StudyReports reports, ReadModel readModel) {
        this.reports = reports;
        this.readModel = readModel;
    }

    /** The formats a report is written in. */
    public enum Format {
        PDF("pdf"), PPTX("pptx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * @param unit     only this unit and the units below it; null: the whole study
     * @param asOf     an event position or time, as everywhere; null: the latest
     * @param language da or en
     */
    public record Asked(String study, String unit, String asOf, String language, Format format) {
    }

    /** A report made: its bytes and the position its figures stand at. */
    public record Made(byte[] bytes, long position, String fileName) {
    }

    public Made make(Asked asked) {
        ReportTexts texts = ReportTexts.of(asked.language());
        ReportDocument document = document(asked, texts);
        byte[] bytes = switch (asked.format()) {
            case PDF -> new PdfReport().write(document, texts);
            case PPTX -> new PptxReport().write(document, texts);
        };
        String name = "samspil-" + asked.study() + (asked.unit() == null ? "" : "-" + asked.unit()) + "-" + document.stamp().position()
                + "-" + texts.language() + "." + asked.format().extension();
        return new Made(bytes, document.stamp().position(), name);
    }

    /** The report's pages, read at one moment through the user's gate. */
    ReportDocument document(Asked asked, ReportTexts texts) {
        ReportRequest request = new ReportRequest(asked.study(), asked.asOf(), null);
        StudySummary study = reports.study(request);
        List<StudySummary.Wave> answered = study.waves().stream().filter(w -> w.questionnaires() > 0).toList();
        if (answered.isEmpty()) {
            throw new IllegalArgumentException("study " + asked.study() + " has no answers yet, so no report");
        }
        StudySummary.Wave latest = answered.getLast();
        RelationMatrix matrix = reports.matrix(request, latest.key(), RK, asked.unit()).matrix();
        long position = matrix.asOfPosition();
        Instant recordedAt = readModel.log().recordedAt(position).orElseThrow(() ->
                new IllegalStateException("the history has no event at position " + position));
        String unitName = asked.unit() == null ? null : study.units().stream().filter(u -> u.key().equals(asked.unit()))
                .map(StudySummary.Named::name).findFirst().orElse(asked.unit());
        Stamp stamp = new Stamp(study.study().value(), study.title(), unitName, position, recordedAt, matrix.k(),
                study.instruments().stream().map(Object::toString).toList());
        List<HeatMap.Group> groups = study.groups().stream().map(g -> new HeatMap.Group(GroupKey.of(g.key()), g.name())).toList();
        // every later figure at the matrix's position, so events arriving meanwhile change none of them
        ReportRequest pinned = new ReportRequest(asked.study(), Long.toString(position), null);
        List<ReportPage> pages = new ArrayList<>();
        pages.add(new ReportPage(texts.text("matrix.heading", latest.label()), Optional.of(new HeatMap(groups, matrix, texts)),
                Optional.empty(), List.of(texts.text("matrix.reading", Integer.toString(matrix.k())))));
        pages.add(profile(pinned, answered, asked.unit(), texts));
        pages.add(development(pinned, study, answered, asked.unit(), texts));
        if (answered.size() >= 2) {
            pages.add(change(pinned, answered.getFirst(), answered.getLast(), asked.unit(), texts));
        }
        pages.add(new ReportPage(texts.text("method.heading"), Optional.empty(), Optional.empty(), List.of(texts.text("method.rk"),
                texts.text("method.k", Integer.toString(matrix.k())),
                texts.text("method.moment", Long.toString(position), texts.dateTime(recordedAt)), texts.text("method.releases"))));
        return new ReportDocument(stamp, study.title(), study.sharedTask(), study.organisationName(), pages);
    }

    /** Given and received per group at every wave with answers: drawn, and first against last in a table. */
    private ReportPage development(ReportRequest pinned, StudySummary study, List<StudySummary.Wave> answered, String unit, ReportTexts texts) {
        List<GivenReceived> perWave = answered.stream().map(w -> reports.givenReceived(pinned, w.key(), RK, unit)).toList();
        int k = perWave.getFirst().k();
        List<DevelopmentLines.Group> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        String below = texts.text("cell.belowK", Integer.toString(k));
        for (StudySummary.Named group : study.groups()) {
            List<Double> given = new ArrayList<>();
            List<Double> received = new ArrayList<>();
            for (GivenReceived wave : perWave) {
                Optional<GivenReceived.Group> found = wave.groups().stream().filter(x -> x.group().equals(group.key())).findFirst();
                given.add(found.map(x -> x.given().mean()).orElse(null));
                received.add(found.map(x -> x.received().mean()).orElse(null));
            }
            groups.add(new DevelopmentLines.Group(group.name(), given, received));
            rows.add(List.of(group.name(), arrow(given, below, texts), arrow(received, below, texts)));
        }
        String first = answered.getFirst().label();
        String last = answered.getLast().label();
        ReportPage.Table table = new ReportPage.Table(List.of(texts.text("development.group"), texts.text("development.givenShort", first, last),
                texts.text("development.receivedShort", first, last)), rows, List.of(0.4, 0.3, 0.3));
        return new ReportPage(texts.text("development.heading"), Optional.of(new DevelopmentLines(answered.stream()
                .map(StudySummary.Wave::label).toList(), groups, texts)), Optional.of(table),
                List.of(texts.text("development.reading", Integer.toString(k))));
    }

    private static String arrow(List<Double> values, String below, ReportTexts texts) {
        Double first = values.getFirst();
        Double last = values.getLast();
        return (first == null ? below : texts.mean(first)) + " → " + (last == null ? below : texts.mean(last));
    }

    /** Start against end: each RK item's and the overall mean, its change and % change; for release-point readers, why not. */
    private ReportPage change(ReportRequest pinned, StudySummary.Wave from, StudySummary.Wave to, String unit, ReportTexts texts) {
        String heading = texts.text("change.heading", from.label(), to.label());
        Change change;
        try {
            change = reports.change(pinned, from.key(), to.key(), RK, unit, "all");
        } catch (AccessPolicy.AccessDenied e) {
            return new ReportPage(heading, Optional.empty(), Optional.empty(), List.of(texts.text("change.notReleased")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Change.ItemChange item : change.items()) {
            rows.add(changeRow(texts.language().equals("da") ? item.labelDa() : item.labelEn(), item.change(), change.k(), texts));
        }
        rows.add(changeRow(texts.text("change.overall"), change.overall(), change.k(), texts));
        List<String> headers = List.of(texts.text("table.itemMeanN"), from.label(), to.label(), texts.text("change.change"),
                texts.text("change.percent"));
        return new ReportPage(heading, Optional.empty(), Optional.of(new ReportPage.Table(headers, rows, List.of(0.4, 0.15, 0.15, 0.15, 0.15))),
                List.of(texts.text("change.reading", Integer.toString(change.k()))));
    }

    private static List<String> changeRow(String label, Change.Side side, int k, ReportTexts texts) {
        String below = texts.text("cell.belowK", Integer.toString(k));
        return List.of(label,
                side.meanStart() == null ? below : texts.mean(side.meanStart()) + " (" + side.nStart() + ")",
                side.meanEnd() == null ? below : texts.mean(side.meanEnd()) + " (" + side.nEnd() + ")",
                side.change() == null ? "–" : texts.signed(side.change(), 2),
                side.changePct() == null ? "–" : texts.signed(side.changePct(), 1) + " %");
    }

    /** The RK items' means at every wave with answers, drawn and in a table. */
    private ReportPage profile(ReportRequest pinned, List<StudySummary.Wave> answered, String unit, ReportTexts texts) {
        List<DimensionProfile> profiles = reports.profiles(pinned, answered.stream().map(StudySummary.Wave::key).toList(), RK, unit);
        List<ProfileBars.Wave> waves = java.util.stream.IntStream.range(0, answered.size())
                .mapToObj(w -> new ProfileBars.Wave(answered.get(w).label(), profiles.get(w))).toList();
        int k = waves.getFirst().profile().k();
        List<String> headers = new ArrayList<>(List.of(texts.text("table.itemMeanN")));
        waves.forEach(w -> headers.add(w.label()));
        List<List<String>> rows = new ArrayList<>();
        List<DimensionProfile.ItemMean> items = waves.getFirst().profile().items();
        for (int i = 0; i < items.size(); i++) {
            List<String> row = new ArrayList<>(List.of(texts.language().equals("da") ? items.get(i).labelDa() : items.get(i).labelEn()));
            for (ProfileBars.Wave wave : waves) {
                DimensionProfile.ItemMean item = wave.profile().items().get(i);
                row.add(item.suppressed() || item.mean() == null ? texts.text("cell.belowK", Integer.toString(k))
                        : texts.mean(item.mean()) + " (" + item.n() + ")");
            }
            rows.add(row);
        }
        List<Double> widths = new ArrayList<>(List.of(0.4));
        waves.forEach(w -> widths.add(0.6 / waves.size()));
        return new ReportPage(texts.text("profile.heading", RK), Optional.of(new ProfileBars(waves, texts)),
                Optional.of(new ReportPage.Table(headers, rows, widths)), List.of(texts.text("profile.reading", Integer.toString(k))));
    }
}
