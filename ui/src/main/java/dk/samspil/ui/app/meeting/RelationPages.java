package dk.samspil.ui.app.meeting;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.projections.analysis.RelationFindings;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.network.RelationshipMap;
import dk.samspil.projections.network.SiloLayout;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.charts.HeatMap;
import dk.samspil.reports.charts.NetworkDrawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The pages about the relations between groups in the latest wave: the matrix, the network map, the weak but important. */
final class RelationPages {

    private RelationPages() {
    }

    static ReportPage matrix(Reading r, RelationMatrix matrix) {
        List<HeatMap.Group> groups = r.study().groups().stream().map(g -> new HeatMap.Group(GroupKey.of(g.key()), g.name())).toList();
        return new ReportPage(r.texts().text("matrix.heading", r.latest().label()), Optional.of(new HeatMap(groups, matrix, r.texts())),
                Optional.empty(), List.of(r.texts().text("matrix.reading", Integer.toString(r.k()))));
    }

    /**
     * The map of the relations that matter (high in the relationship map, or rated important), so a printed page
     * stays readable; every relation when none is marked. The weak among them dashed and carrying their figure.
     */
    static ReportPage network(Reading r, RelationMatrix matrix, RelationFindings findings) {
        RelationshipMap map = r.stories().relationshipMap(r.pinned());
        Set<List<GroupKey>> weak = findings.weakImportant().stream().map(w -> List.of(w.raterGroup(), w.targetGroup()))
                .collect(Collectors.toSet());
        List<MatrixCell> between = matrix.cells().stream().filter(c -> !c.withinGroup() && c.n() > 0).toList();
        List<MatrixCell> important = between.stream().filter(c -> weak.contains(List.of(c.raterGroup(), c.targetGroup()))
                || map.importance(c.raterGroup(), c.targetGroup()).filter("high"::equals).isPresent()).toList();
        boolean all = important.isEmpty();
        List<NetworkDrawing.Arrow> arrows = (all ? between : important).stream().map(c -> {
            boolean weakImportant = weak.contains(List.of(c.raterGroup(), c.targetGroup()));
            boolean shown = !c.suppressed() && c.mean() != null && c.band() != null;
            return new NetworkDrawing.Arrow(c.raterGroup().value(), c.targetGroup().value(), shown ? c.band() : null,
                    map.importance(c.raterGroup(), c.targetGroup()).orElse(null), weakImportant,
                    weakImportant && shown ? r.texts().mean(c.mean()) + " " + r.texts().text("band.letter." + c.band().key()) : null);
        }).toList();
        List<SiloLayout.Place> places = SiloLayout.layout(r.study(), r.texts().text("network.noSilo"));
        List<String> notes = new ArrayList<>();
        notes.add(r.texts().text(all ? "network.readingAll" : "network.reading", Integer.toString(arrows.size()),
                Integer.toString(between.size())));
        if (r.unit() != null) {
            notes.add(r.texts().text("network.studyWide"));
        }
        return new ReportPage(r.texts().text("network.heading", r.latest().label()), Optional.of(new NetworkDrawing(places, arrows, r.texts())),
                Optional.empty(), notes);
    }

    /** The important relations that are weak, weakest first, as the analysis ranks them; ten at most, the rest counted. */
    static ReportPage weakImportant(Reading r, RelationFindings findings) {
        List<List<String>> rows = new ArrayList<>();
        for (RelationFindings.WeakRelation w : findings.weakImportant().stream().limit(10).toList()) {
            rows.add(List.of(Integer.toString(w.rank()), r.groupName(w.raterGroup().value()) + " → " + r.groupName(w.targetGroup().value()),
                    w.mean() == null ? r.belowK() : r.texts().mean(w.mean()) + " " + r.texts().text("band.letter." + w.band().key()),
                    w.mean() == null ? "–" : Integer.toString(w.n()),
                    w.mapImportance() == null ? "–" : r.texts().text("network.importance." + w.mapImportance()),
                    w.ratedImportance() == null ? "–" : r.texts().mean(w.ratedImportance()) + " (" + w.ratedImportanceN() + ")"));
        }
        List<String> notes = new ArrayList<>();
        notes.add(rows.isEmpty() ? r.texts().text("weak.none") : r.texts().text("weak.reading", r.texts().numbers(1)
                .format(findings.importanceThreshold())));
        if (findings.weakImportant().size() > rows.size()) {
            notes.add(r.texts().text("weak.more", Integer.toString(findings.weakImportant().size())));
        }
        if (r.unit() != null) {
            notes.add(r.texts().text("network.studyWide"));
        }
        List<String> headers = List.of("#", r.texts().text("weak.relation"), r.texts().text("weak.mean"), "n", r.texts().text("weak.map"),
                r.texts().text("weak.rated"));
        return new ReportPage(r.texts().text("weak.heading", r.latest().label()), Optional.empty(),
                rows.isEmpty() ? Optional.empty() : Optional.of(new ReportPage.Table(headers, rows, List.of(0.05, 0.4, 0.15, 0.08, 0.14, 0.18))),
                notes);
    }
}
