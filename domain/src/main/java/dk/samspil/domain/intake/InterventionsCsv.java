package dk.samspil.domain.intake;

import dk.samspil.domain.intervention.InterventionTargets;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.intervention.SyncIntervention;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.StudyDefinition;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** interventions.csv: intervention,type,title,unit,groups,started_on,ended_on. */
final class InterventionsCsv {

    static final String FILE = "interventions.csv";
    static final List<String> COLUMNS = List.of("intervention", "type", "title", "unit", "groups", "started_on", "ended_on");

    private InterventionsCsv() {
    }

    static List<Stated<SyncIntervention>> read(BundleSource bundle, StudyDefinition study, ProblemReport problems) throws IOException {
        Map<String, UnitKey> units = new HashMap<>();
        study.units().forEach(u -> units.put(u.key().value(), u.key()));
        Map<String, GroupKey> groups = new HashMap<>();
        study.groups().forEach(g -> groups.put(g.key().value(), g.key()));
        Map<String, Integer> seen = new HashMap<>();
        return CsvFile.lines(bundle, FILE, COLUMNS, problems, (row, f, line) -> {
            String key = f.key("intervention", row.get("intervention"));
            Integer earlier = key == null ? null : seen.putIfAbsent(key, line);
            if (earlier != null) {
                f.problem("intervention", "each intervention once (first on line " + earlier + ")", key);
            }
            InterventionType type = f.kind("type", row.get("type"), InterventionType::fromKey, InterventionType.keys());
            String title = f.text("title", row.get("title"), true);
            UnitKey unit = f.oneOf("unit", row.get("unit"), units, "a unit key of study.json");
            List<GroupKey> targeted = new ArrayList<>();
            if (!row.get("groups").isEmpty()) {
                for (String group : row.get("groups").split(";", -1)) {
                    GroupKey known = f.oneOf("groups", group, groups, "group keys of study.json separated by ';'");
                    if (known != null) {
                        targeted.add(known);
                    }
                }
            }
            LocalDate started = f.date("started_on", row.get("started_on"), false);
            LocalDate ended = f.date("ended_on", row.get("ended_on"), false);
            if (ended != null && started == null && !f.failed()) {
                f.problem("started_on", "a start date when ended_on is given", "");
            }
            if (started != null && ended != null && ended.isBefore(started)) {
                f.problem("ended_on", "a date on or after started_on (" + started + ")", ended.toString());
            }
            return f.failed() ? null : new Stated<>(new SyncIntervention(study.study(), InterventionKey.of(key), type, title,
                    InterventionTargets.of(List.of(unit), targeted), started, ended), FILE, line);
        });
    }
}
