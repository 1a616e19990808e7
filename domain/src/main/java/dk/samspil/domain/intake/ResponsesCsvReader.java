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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Reads responses.csv (one row per item score) into questionnaires, checking every row
 * against the study's structure and instruments and reporting every problem with its line and column.
 */
final class ResponsesCsvReader {

    static final String FILE = "responses.csv";
    static final List<String> COLUMNS = List.of("wave", "collected_on", "respondent", "respondent_group",
            "respondent_unit", "instrument", "target", "case", "item", "score");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private final StudyDefinition study;
    private final ProblemReport problems;
    private final IntConsumer rowsRead;
    private final Map<String, WaveSpec> waves = new HashMap<>();
    private final Map<String, GroupKey> groups = new HashMap<>();
    private final Map<String, UnitKey> units = new HashMap<>();
    private final Map<String, Instrument> instruments = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    ResponsesCsvReader(StudyDefinition study, ProblemReport problems, IntConsumer rowsRead) {
        this.study = study;
        this.problems = problems;
        this.rowsRead = rowsRead;
        study.waves().forEach(w -> waves.put(w.key().value(), w));
        study.groups().forEach(g -> groups.put(g.key().value(), g.key()));
        study.units().forEach(u -> units.put(u.key().value(), u.key()));
        study.instruments().forEach(i -> instruments.put(i.ref().toString(), i));
    }

    List<SubmissionDraft> read(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        skipByteOrderMark(in);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        int rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            if (!header(parser.getHeaderNames())) {
                return List.of();
            }
            long lineOfNext = 2;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    malformed(e.getCause(), lineOfNext);
                    break;
                }
                int line = (int) lineOfNext;
                lineOfNext = parser.getCurrentLineNumber() + 1;
                row(record, line);
                if (++rows % 100_000 == 0) {
                    rowsRead.accept(rows);
                }
            }
        } catch (IOException e) {
            malformed(e, 0);
        }
        rowsRead.accept(rows);
        if (rows == 0 && problems.isEmpty()) {
            problems.add(FILE, 2, "", "at least one response row", "only a header");
        }
        List<SubmissionDraft> result = new ArrayList<>(drafts.size());
        drafts.values().forEach(d -> result.add(d.toDraft()));
        return result;
    }

    private boolean header(List<String> names) {
        if (names.equals(COLUMNS)) {
            return true;
        }
        List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (missing.isEmpty() && unknown.isEmpty()) {
            return true;
        }
        problems.add(FILE, 1, "", "the header " + String.join(",", COLUMNS),
                String.join(",", names) + (missing.isEmpty() ? "" : " (missing " + String.join(", ", missing) + ")")
                        + (unknown.isEmpty() ? "" : " (unknown " + String.join(", ", unknown) + ")"));
        return false;
    }

    private void malformed(Throwable e, long line) {
        if (e instanceof CharacterCodingException) {
            problems.add(FILE, (int) line, "", "UTF-8 text (save the file as UTF-8)", "bytes that are not UTF-8 (Latin-1 or Windows-1252?)");
        } else {
            problems.add(FILE, (int) line, "", "well-formed CSV (RFC 4180 quoting: a quoted field ends with \" before the comma)",
                    e == null ? "broken quoting" : String.valueOf(e.getMessage()));
        }
    }

    private void row(CSVRecord record, int line) {
        if (!record.isConsistent()) {
            problems.add(FILE, line, "", COLUMNS.size() + " fields", record.size() + " fields");
            return;
        }
        int before = problems.size();
        String waveText = record.get("wave");
        WaveSpec wave = waves.get(waveText);
        if (wave == null) {
            problem(line, "wave", "a wave key of study.json (" + String.join(", ", waves.keySet().stream().sorted().toList()) + ")", waveText);
        }
        LocalDate collectedOn = date(record.get("collected_on"), line);
        if (wave != null && collectedOn != null && !wave.contains(collectedOn)) {
            problem(line, "collected_on", "a date within wave " + wave.key() + " (" + wave.opensOn() + " to " + wave.closesOn() + ")", collectedOn.toString());
        }
        String respondent = record.get("respondent");
        if (!Pseudonyms.isValid(respondent)) {
            problem(line, "respondent", Pseudonyms.looksLikeCpr(respondent) ? "a pseudonymous id, never a CPR number" : "a pseudonymous id of letters, digits, '_', '-' or '.'",
                    Pseudonyms.looksLikeCpr(respondent) ? "something shaped like a CPR number" : respondent);
        }
        Instrument instrument = instruments.get(record.get("instrument"));
        if (instrument == null) {
            problem(line, "instrument", "an instrument listed in study.json (" + String.join(", ", instruments.keySet().stream().sorted().toList()) + ")", record.get("instrument"));
        }
        String groupText = record.get("respondent_group");
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
        UnitKey unit = units.get(record.get("respondent_unit"));
        if (unit == null) {
            problem(line, "respondent_unit", "a unit key of study.json", record.get("respondent_unit"));
        }
        String caseText = record.get("case");
        CaseId caseId = null;
        if (!caseText.isEmpty()) {
            if (Pseudonyms.isValid(caseText)) {
                caseId = CaseId.of(caseText);
            } else {
                problem(line, "case", "a pseudonymous case id", caseText);
            }
        }
        Target target = target(record.get("target"), instrument, caseId, line);
        ItemKey item = null;
        Integer score = null;
        if (instrument != null) {
            item = item(instrument, record.get("item"), line);
            score = score(instrument, record.get("score"), line);
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
        problems.add(FILE, line, column, expected, found);
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    /** The rows of one questionnaire so far. */
    private final class Draft {
        private final RespondentId respondent;
        private final WaveKey wave;
        private final InstrumentRef instrument;
        private final GroupKey group;
        private final UnitKey unit;
        private final LocalDate collectedOn;
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
            return new SubmissionDraft(respondent, wave, instrument, group, unit, collectedOn, scores, firstLine);
        }
    }
}
