package dk.samspil.domain.intake;

import dk.samspil.domain.orgchange.ChangeKind;
import dk.samspil.domain.orgchange.RecordOrganisationalChange;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.StudyDefinition;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** org_changes.csv: effective_on,change,unit,other_unit,note. */
final class OrgChangesCsv {

    static final String FILE = "org_changes.csv";
    static final List<String> COLUMNS = List.of("effective_on", "change", "unit", "other_unit", "note");

    private OrgChangesCsv() {
    }

    static List<Stated<RecordOrganisationalChange>> read(BundleSource bundle, StudyDefinition study, ProblemReport problems) throws IOException {
        Map<String, UnitKey> units = new HashMap<>();
        study.units().forEach(u -> units.put(u.key().value(), u.key()));
        Map<RecordOrganisationalChange, Integer> seen = new HashMap<>();
        return CsvFile.lines(bundle, FILE, COLUMNS, problems, (row, f, line) -> {
            LocalDate effective = f.date("effective_on", row.get("effective_on"), true);
            ChangeKind change = f.kind("change", row.get("change"), ChangeKind::fromKey, ChangeKind.keys());
            UnitKey unit = f.oneOf("unit", row.get("unit"), units, "a unit key of study.json");
            UnitKey other = null;
            String otherText = row.get("other_unit");
            if (change != null && change.needsOtherUnit()) {
                other = f.oneOf("other_unit", otherText, units, "the key of the unit " + (change == ChangeKind.UNIT_MERGED
                        ? "merged into" : "split off") + " (a unit of study.json)");
                if (other != null && other.equals(unit)) {
                    f.problem("other_unit", "a unit other than " + unit + " (a unit cannot be " + (change == ChangeKind.UNIT_MERGED
                            ? "merged into" : "split off from") + " itself)", otherText);
                }
            } else if (change != null && !otherText.isEmpty()) {
                f.problem("other_unit", "empty (" + change.key() + " names one unit)", otherText);
            }
            String note = row.get("note");
            if (change == ChangeKind.UNIT_RENAMED && note.isBlank()) {
                f.problem("note", "the unit's new name (unit_renamed)", note);
            }
            if (f.failed()) {
                return null;
            }
            RecordOrganisationalChange command = new RecordOrganisationalChange(study.study(), change, unit, other, effective,
                    note.isBlank() ? null : note);
            Integer earlier = seen.putIfAbsent(command, line);
            if (earlier != null) {
                f.problem("", "each change once (the same as line " + earlier + ")", String.join(",", row.toList()));
            }
            return new Stated<>(command, FILE, line);
        });
    }
}
