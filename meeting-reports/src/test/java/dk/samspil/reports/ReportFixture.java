package dk.samspil.reports;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.network.SiloLayout;
import dk.samspil.reports.charts.HeatMap;
import dk.samspil.reports.charts.NetworkDrawing;
import dk.samspil.reports.charts.TimelineDrawing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small report: a cover, a matrix page of three groups (one cell below k), their network map and a timeline. */
public final class ReportFixture {

    private static final List<HeatMap.Group> GROUPS = List.of(new HeatMap.Group(GroupKey.of("skole"), "Skoler"),
            new HeatMap.Group(GroupKey.of("familie"), "Familieafdelingen"), new HeatMap.Group(GroupKey.of("ppr"), "PPR"));

    private ReportFixture() {
    }

    public static RelationMatrix matrix() {
        List<MatrixCell> cells = new ArrayList<>();
        cells.add(new MatrixCell(GroupKey.of("skole"), GroupKey.of("familie"), 3.4512, 12, Band.MIDDLE, false));
        cells.add(new MatrixCell(GroupKey.of("familie"), GroupKey.of("skole"), 4.204, 9, Band.HIGH, false));
        // below k: its value must not reach the file
        cells.add(new MatrixCell(GroupKey.of("ppr"), GroupKey.of("skole"), null, 3, null, true));
        cells.add(new MatrixCell(GroupKey.of("skole"), GroupKey.of("ppr"), 2.1, 14, Band.LOW, false));
        return new RelationMatrix(StudyId.of("mini"), WaveKey.of("w0"), InstrumentRef.parse("rk@1"), 2634, 5, cells);
    }

    public static ReportDocument report(ReportTexts texts) {
        Stamp stamp = new Stamp("mini", "Mini-studie", null, 2634, Instant.parse("2026-11-20T13:03:00Z"), 5, List.of("rk@1", "ledelse@1"));
        ReportPage page = new ReportPage(texts.text("matrix.heading", "W0"), Optional.of(new HeatMap(GROUPS, matrix(), texts)),
                Optional.of(new ReportPage.Table(List.of("Gruppe", "n"), List.of(List.of("Skoler", "12"), List.of("PPR", "14")), List.of(0.7, 0.3))),
                List.of("Rækkerne vurderer kolonnerne."));
        List<SiloLayout.Place> places = List.of(new SiloLayout.Place("skole", "Skoler", "Skole", -100, 0),
                new SiloLayout.Place("familie", "Familieafdelingen", "Social", 100, 0), new SiloLayout.Place("ppr", "PPR", "Skole", 0, 100));
        ReportPage network = new ReportPage("Relationskort", Optional.of(new NetworkDrawing(places, List.of(
                new NetworkDrawing.Arrow("skole", "familie", Band.MIDDLE, "high", true, "3,45 M"),
                new NetworkDrawing.Arrow("familie", "skole", Band.HIGH, "middle", false, null),
                new NetworkDrawing.Arrow("ppr", "skole", null, "low", false, null)), texts)), Optional.empty(), List.of());
        LocalDate start = LocalDate.of(2024, 1, 1);
        ReportPage timeline = new ReportPage("Tidslinje", Optional.of(new TimelineDrawing(start, start.plusMonths(24), List.of(
                new TimelineDrawing.Lane("Målinger", List.of(new TimelineDrawing.Mark("W0", start, start.plusDays(20)),
                        new TimelineDrawing.Mark("W1", start.plusMonths(12), start.plusMonths(12).plusDays(20))), false),
                new TimelineDrawing.Lane("Indsatser", List.of(new TimelineDrawing.Mark("1", start.plusMonths(3), start.plusMonths(20)),
                        new TimelineDrawing.Mark("2", start.plusMonths(3).plusDays(5), null)), true)),
                new TimelineDrawing.Outcome("Borgerudfald", List.of(new TimelineDrawing.Bar(start, start.plusMonths(6), 2.5, "2,50"),
                        new TimelineDrawing.Bar(start.plusMonths(6), start.plusMonths(12), null, "n < 5"),
                        new TimelineDrawing.Bar(start.plusMonths(12), start.plusMonths(18), 3.25, "3,25"))), texts)),
                Optional.empty(), List.of());
        return new ReportDocument(stamp, "Mini-studie", "Børn i trivsel", "Mini Kommune", List.of(page, network, timeline));
    }
}
