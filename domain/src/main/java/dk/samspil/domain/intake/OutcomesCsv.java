package dk.samspil.domain.intake;

import dk.samspil.domain.shared.OutcomeKey;
import dk.samspil.domain.shared.Pseudonyms;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.StudyDefinition;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** outcomes.csv: unit,citizen,measured_on,outcome,value. */
final class OutcomesCsv {

    static final String FILE = "outcomes.csv";
    static final List<String> COLUMNS = List.of("unit", "citizen", "measured_on", "outcome", "value");

    private OutcomesCsv() {
    }

    static List<OutcomeDraft> read(BundleSource bundle, StudyDefinition study, ProblemReport problems) throws IOException {
        Map<String, UnitKey> units = new HashMap<>();
        study.units().forEach(u -> units.put(u.key().value(), u.key()));
        Map<String, Integer> seen = new HashMap<>();
        return CsvFile.lines(bundle, FILE, COLUMNS, problems, (row, f, line) -> {
            UnitKey unit = f.oneOf("unit", row.get("unit"), units, "a unit key of study.json");
            String citizen = row.get("citizen");
            if (!Pseudonyms.isValid(citizen)) {
                f.problem("citizen", Pseudonyms.looksLikeCpr(citizen) ? "a pseudonymous id, never a CPR number"
                        : "a pseudonymous id of letters, digits, '_', '-' or '.'", Pseudonyms.looksLikeCpr(citizen)
                        ? "something shaped like a CPR number" : citizen);
            }
            LocalDate measured = f.date("measured_on", row.get("measured_on"), true);
            String outcome = f.key("outcome", row.get("outcome"));
            BigDecimal value = f.number("value", row.get("value"));
            if (f.failed()) {
                return null;
            }
            Integer earlier = seen.putIfAbsent(citizen + "|" + outcome + "|" + measured, line);
            if (earlier != null) {
                f.problem("value", "one value per citizen, outcome and date (first on line " + earlier + ")", row.get("value"));
            }
            return new OutcomeDraft(unit, RespondentId.of(citizen), measured, OutcomeKey.of(outcome), value, line);
        });
    }
}
