package dk.samspil.domain.intake;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Pseudonyms;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.Target;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.StudyDefinition;
import dk.samspil.domain.study.StudyDefinition.WaveSpec;
import dk.samspil.domain.submission.TargetScores;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks response rows against the study's structure and instruments, whatever layout they came
 * in, reports every problem with its file, line and column, and gathers the rows into
 * questionnaires (all rows of one respondent, wave and instrument).
 */
final class ResponsesChecker {

    private final ProblemReport problems;
    private final Map<String, WaveSpec> waves = new HashMap<>();
    private final Map<String, GroupKey> groups = new HashMap<>();
    private final Map<String, UnitKey> units = new HashMap<>();
    private final Map<String, Instrument> instruments = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private ResponseRow current;

    ResponsesChecker(StudyDefinition study, ProblemReport problems) {
        this.problems = problems;
        study.waves().forEach(w -> waves.put(w.key().value(), w));
        study.groups().forEach(g -> groups.put(g.key().value(), g.key()));
        study.units().forEach(u -> units.put(u.key().value(), u.key()));
        study.instruments().forEach(i -> instruments.put(i.ref().toString(), i));
    }

    /** The questionnaires gathered so far, in the order they were first seen. */
    List<SubmissionDraft> drafts() {
        List<SubmissionDraft> result = new ArrayList<>(drafts.size());
        drafts.values().forEach(d -> result.add(d.toDraft()));
        return result;
    }

    /** Checks one row and adds it to its questionnaire; a row with problems is reported and left out. */
    void accept(ResponseRow row) {
        current = row;
        int line = row.line();
        int before = problems.size();
        String waveText = row.wave();
        WaveSpec wave = waves.get(waveText);
        if (wave == null) {
            problem(line, "wave", "a wave key of study.json (" + String.join(", ", waves.keySet().stream().sorted().toList()) + ")", waveText);
        }
        LocalDate collectedOn = date(row.collectedOn(), line);
        if (wave != null && collectedOn != null && !wave.contains(collectedOn)) {
            problem(line, "collected_on", "a date within wave " + wave.key() + " (" + wave.opensOn() + " to " + wave.closesOn() + ")", collectedOn.toString());
        }
        String respondent = row.respondent();
        if (!Pseudonyms.isValid(respondent)) {
            problem(line, "respondent", Pseudonyms.looksLikeCpr(respondent) ? "a pseudonymous id, never a CPR number" : "a pseudonymous id of letters, digits, '_', '-' or '.'",
                    Pseudonyms.looksLikeCpr(respondent) ? "something shaped like a CPR number" : respondent);
        }
        Instrument instrument = instruments.get(row.instrument());
        if (instrument == null) {
            problem(line, "instrument", "an instrument listed in study.json (" + String.join(", ", instruments.keySet().stream().sorted().toList()) + ")", row.instrument());
        }
        String groupText = row.respondentGroup();
        GroupKey group = null;
        boolean citizen = instrument != null && instrument.respondentKind() == Instrument.RespondentKind.CITIZEN;
        if (groupText.isEmpty()) {
            if (instrument != null && !citizen) {
                problem(line, "respondent_group", "a group key (" + instrument.ref() + " is answered by professionals)", "");
            }
        } else if (citizen) {
            problem(line, "respondent_group", "empty (" + instrument.ref() + " is answered by citizens)", groupText);
        } else {
            group = groups.get(groupText);
            if (group == null) {
                problem(line, "respondent_group", "a group key of study.json", groupText);
            }
        }
        UnitKey unit = units.get(row.respondentUnit());
        if (unit == null) {
            problem(line, "respondent_unit", "a unit key of study.json", row.respondentUnit());
        }
        String caseText = row.caseId();
        CaseId caseId = null;
        if (!caseText.isEmpty()) {
            if (Pseudonyms.isValid(caseText)) {
                caseId = CaseId.of(caseText);
            } else {
                problem(line, "case", "a pseudonymous case id", caseText);
            }
        }
        Target target = target(row.target(), instrument, caseId, line);
        ItemKey item = null;
        Integer score = null;
        if (instrument != null) {
            item = item(instrument, row.item(), line);
            score = score(instrument, row.score(), line);
        }
        if (problems.size() > before) {
            return;
        }
        String key = respondent + "\u0000" + waveText + "\u0000" + instrument.ref();
        Draft draft = drafts.get(key);
        if (draft == null) {
            draft = new Draft(RespondentId.of(respondent), wave.key(), instrument.ref(), group, unit, collectedOn, line);
            drafts.put(key, draft);
        }
        draft.add(target, caseId, item, score, group, unit, collectedOn, line);
    }

    private Target target(String text, Instrument instrument, CaseId caseId, int line) {
        if (text.isEmpty()) {
            if (instrument != null && instrument.relational()) {
                problem(line, "target", "group:<key> or person:<id> (" + instrument.ref() + " rates a target)", "");
            }
            return null;
        }
        if (instrument != null && !instrument.relational()) {
            problem(line, "target", "empty (" + instrument.ref() + " does not rate a target)", text);
            return null;
        }
        Target target = targets.get(text);
        if (target == null) {
            if (!Target.isValid(text)) {
                problem(line, "target", "group:<key> or person:<id>", text);
                return null;
            }
            target = Target.parse(text);
            if (target.kind() == Target.Kind.GROUP && !groups.containsKey(target.id())) {
                problem(line, "target", "group:<key> of a group in study.json", text);
                return null;
            }
            targets.put(text, target);
        }
        if (target.kind() == Target.Kind.PERSON && caseId == null) {
            problem(line, "case", "the case the rated person belongs to (target " + text + ")", "");
            return null;
        }
        return target;
    }

    private ItemKey item(Instrument instrument, String text, int line) {
        for (var item : instrument.items()) {
            if (item.key().value().equals(text)) {
                return item.key();
            }
        }
        problem(line, "item", "an item of " + instrument.ref() + " (" + instrument.itemKeysText() + ")", text);
        return null;
    }

    private Integer score(Instrument instrument, String text, int line) {
        if (text.isEmpty() || text.equals(instrument.missingCode())) {
            return null;
        }
        int value;
        try {
            // Integer.parseInt also takes '+4', '٤' and '４'; the format writes scores in ASCII digits
            if (!text.chars().allMatch(c -> c == '-' || c >= '0' && c <= '9')) {
                throw new NumberFormatException(text);
            }
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problem(line, "score", "a whole number " + instrument.scale() + " or empty for don't know", text);
            return null;
        }
        if (!instrument.scale().contains(value)) {
            problem(line, "score", "a score on " + instrument.ref() + "'s scale " + instrument.scale() + " or empty for don't know", text);
            return null;
        }
        return value;
    }

    private LocalDate date(String text, int line) {
        LocalDate date = dates.get(text);
        if (date == null) {
            try {
                date = LocalDate.parse(text);
                dates.put(text, date);
            } catch (DateTimeParseException e) {
                problem(line, "collected_on", "an ISO date (YYYY-MM-DD)", text);
            }
        }
        return date;
    }

    private void problem(int line, String column, String expected, String found) {
        problems.add(current.file(), line, current.column(column), expected, found);
    }


    /** The rows of one questionnaire so far. */
    private final class Draft {
        private final RespondentId respondent;
        private final WaveKey wave;
        private final InstrumentRef instrument;
        private final GroupKey group;
        private final UnitKey unit;
        private final LocalDate collectedOn;
        private final String file;
        private final int firstLine;
        private final Map<List<Object>, TreeMap<ItemKey, Integer>> rows = new LinkedHashMap<>();
        private final Map<List<Object>, Integer> lineOfRow = new HashMap<>();

        Draft(RespondentId respondent, WaveKey wave, InstrumentRef instrument, GroupKey group, UnitKey unit,
              LocalDate collectedOn, int firstLine) {
            this.respondent = respondent;
            this.wave = wave;
            this.instrument = instrument;
            this.group = group;
            this.unit = unit;
            this.collectedOn = collectedOn;
            this.firstLine = firstLine;
            this.file = current.file();
        }

        void add(Target target, CaseId caseId, ItemKey item, Integer score, GroupKey rowGroup, UnitKey rowUnit,
                 LocalDate rowDate, int line) {
            String same = " as on line " + firstLine + " (all rows of respondent " + respondent + " in wave " + wave
                    + " for " + instrument + " are one questionnaire)";
            if (!java.util.Objects.equals(group, rowGroup)) {
                problem(line, "respondent_group", "'" + (group == null ? "" : group) + "'" + same, rowGroup == null ? "" : rowGroup.value());
                return;
            }
            if (!unit.equals(rowUnit)) {
                problem(line, "respondent_unit", "'" + unit + "'" + same, rowUnit.value());
                return;
            }
            if (!collectedOn.equals(rowDate)) {
                problem(line, "collected_on", collectedOn + same, rowDate.toString());
                return;
            }
            List<Object> rowKey = java.util.Arrays.asList(target, caseId);
            Integer earlier = lineOfRow.putIfAbsent(java.util.Arrays.asList(target, caseId, item), line);
            if (earlier != null) {
                problem(line, "item", "each item once per respondent, wave, target and case (first on line " + earlier + ")", item.value());
                return;
            }
            rows.computeIfAbsent(rowKey, k -> new TreeMap<>()).put(item, score);
        }

        SubmissionDraft toDraft() {
            List<TargetScores> scores = new ArrayList<>(rows.size());
            rows.forEach((key, items) -> scores.add(new TargetScores((Target) key.get(0), (CaseId) key.get(1), items)));
            return new SubmissionDraft(respondent, wave, instrument, group, unit, collectedOn, scores, file, firstLine);
        }
    }
}
