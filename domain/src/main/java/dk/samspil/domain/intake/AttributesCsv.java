package dk.samspil.domain.intake;

import dk.samspil.domain.shared.Pseudonyms;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.study.StudyDefinition;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * respondent_attributes.csv (wave,respondent,attribute,value) and citizen_attributes.csv
 * (citizen,attribute,value,valid_from): background attributes of the people the bundle's responses
 * and outcomes name, each value one study.json allows for the attribute, each stated once.
 */
final class AttributesCsv {

    static final String RESPONDENTS = "respondent_attributes.csv";
    static final String CITIZENS = "citizen_attributes.csv";
    static final List<String> RESPONDENT_COLUMNS = List.of("wave", "respondent", "attribute", "value");
    static final List<String> CITIZEN_COLUMNS = List.of("citizen", "attribute", "value", "valid_from");

    private AttributesCsv() {
    }

    /** Both files' values, respondents' first. */
    static List<AttributeDraft> read(BundleSource bundle, StudyDefinition study, List<SubmissionDraft> submissions, List<OutcomeDraft> outcomes,
                                     ProblemReport problems) throws IOException {
        Map<String, WaveKey> waves = new HashMap<>();
        study.waves().forEach(w -> waves.put(w.key().value(), w.key()));
        // who answered which wave, and which citizens the bundle names (citizen respondents, cases, outcomes)
        Set<String> answered = new HashSet<>();
        Set<String> citizens = new HashSet<>();
        for (SubmissionDraft s : submissions) {
            answered.add(s.wave() + "|" + s.respondent());
            if (s.group() == null) {
                citizens.add(s.respondent().value());
            }
            s.rows().stream().filter(r -> r.caseId() != null).forEach(r -> citizens.add(r.caseId().value()));
        }
        outcomes.forEach(o -> citizens.add(o.citizen().value()));
        List<AttributeDraft> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        drafts.addAll(CsvFile.lines(bundle, RESPONDENTS, RESPONDENT_COLUMNS, problems, (row, f, line) -> {
            WaveKey wave = f.oneOf("wave", row.get("wave"), waves, "a wave key of study.json");
            String respondent = person(f, "respondent", row.get("respondent"));
            AttributeSpec attribute = attribute(f, study, row.get("attribute"), AttributeSpec.AppliesTo.RESPONDENT);
            String value = value(f, attribute, row.get("value"));
            if (f.failed()) {
                return null;
            }
            if (!answered.contains(wave + "|" + respondent)) {
                f.problem("respondent", "a respondent who answered wave " + wave + " in the bundle's responses", respondent);
                return null;
            }
            once(f, seen, RESPONDENTS + "|" + wave + "|" + respondent + "|" + attribute.key(), line, "value",
                    "one value per wave, respondent and attribute", value);
            return new AttributeDraft(RESPONDENTS, line, RespondentId.of(respondent), attribute.key(), value, wave, null);
        }));
        drafts.addAll(CsvFile.lines(bundle, CITIZENS, CITIZEN_COLUMNS, problems, (row, f, line) -> {
            String citizen = person(f, "citizen", row.get("citizen"));
            AttributeSpec attribute = attribute(f, study, row.get("attribute"), AttributeSpec.AppliesTo.CITIZEN);
            String value = value(f, attribute, row.get("value"));
            LocalDate validFrom = f.date("valid_from", row.get("valid_from"), true);
            if (f.failed()) {
                return null;
            }
            if (!citizens.contains(citizen)) {
                f.problem("citizen", "a citizen the bundle's responses or outcomes name", citizen);
                return null;
            }
            once(f, seen, CITIZENS + "|" + citizen + "|" + attribute.key() + "|" + validFrom, line, "value",
                    "one value per citizen, attribute and valid_from", value);
            return new AttributeDraft(CITIZENS, line, RespondentId.of(citizen), attribute.key(), value, null, validFrom);
        }));
        return drafts;
    }

    /** A pseudonymous id; a CPR-shaped one is refused without repeating it. */
    private static String person(Fields f, String column, String id) {
        if (!Pseudonyms.isValid(id)) {
            boolean cpr = Pseudonyms.looksLikeCpr(id);
            f.problem(column, cpr ? "a pseudonymous id, never a CPR number" : "a pseudonymous id of letters, digits, '_', '-' or '.'",
                    cpr ? "something shaped like a CPR number" : id);
            return null;
        }
        return id;
    }

    private static AttributeSpec attribute(Fields f, StudyDefinition study, String key, AttributeSpec.AppliesTo whose) {
        AttributeSpec attribute = study.attributes().stream().filter(a -> a.key().value().equals(key)).findFirst().orElse(null);
        if (attribute == null || attribute.appliesTo() != whose) {
            String known = study.attributes().stream().filter(a -> a.appliesTo() == whose).map(a -> a.key().value())
                    .collect(Collectors.joining(", "));
            f.problem("attribute", "a " + whose.key() + " attribute of study.json" + (known.isEmpty() ? " (it defines none)" : " (" + known + ")"),
                    key);
            return null;
        }
        return attribute;
    }

    private static String value(Fields f, AttributeSpec attribute, String value) {
        if (attribute != null && attribute.value(value).isEmpty()) {
            f.problem("value", "a value of attribute " + attribute.key() + " (" + attribute.values().stream().map(AttributeSpec.Value::key)
                    .collect(Collectors.joining(", ")) + ")", value);
            return null;
        }
        return value;
    }

    private static void once(Fields f, Map<String, Integer> seen, String identity, int line, String column, String rule, String found) {
        Integer earlier = seen.putIfAbsent(identity, line);
        if (earlier != null) {
            f.problem(column, rule + " (first on line " + earlier + ")", found);
        }
    }
}
