package dk.samspil.reports;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.reports.charts.HeatMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small report: a cover and a matrix page of three groups, one cell below k. */
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
        return new ReportDocument(stamp, "Mini-studie", "Børn i trivsel", "Mini Kommune", List.of(page));
    }
}
