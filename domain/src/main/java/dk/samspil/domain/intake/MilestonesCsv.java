package dk.samspil.domain.intake;

import dk.samspil.domain.milestone.Milestone;
import dk.samspil.domain.milestone.ReachMilestone;
import dk.samspil.domain.study.StudyDefinition;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** milestones.csv: milestone,reached_on,note. */
final class MilestonesCsv {

    static final String FILE = "milestones.csv";
    static final List<String> COLUMNS = List.of("milestone", "reached_on", "note");

    private MilestonesCsv() {
    }

    static List<Stated<ReachMilestone>> read(BundleSource bundle, StudyDefinition study, ProblemReport problems) throws IOException {
        Map<Milestone, Integer> seen = new EnumMap<>(Milestone.class);
        return CsvFile.lines(bundle, FILE, COLUMNS, problems, (row, f, line) -> {
            Milestone milestone = f.kind("milestone", row.get("milestone"), Milestone::fromKey, Milestone.keys());
            LocalDate reached = f.date("reached_on", row.get("reached_on"), true);
            Integer earlier = milestone == null ? null : seen.putIfAbsent(milestone, line);
            if (earlier != null) {
                f.problem("milestone", "each milestone once (first on line " + earlier + ")", milestone.key());
            }
            String note = row.get("note");
            return f.failed() ? null : new Stated<>(new ReachMilestone(study.study(), milestone, reached, note.isBlank() ? null : note),
                    FILE, line);
        });
    }
}
