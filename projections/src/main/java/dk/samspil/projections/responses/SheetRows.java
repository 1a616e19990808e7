package dk.samspil.projections.responses;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;

import java.io.IOException;
import java.io.UncheckedIOException;
import dk.samspil.projections.store.SmallintList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an opened answer sheet (the AnswerSheet JSON sealed in the event) straight into score_row
 * values with a streaming parser: replay reads millions of them, and building the object tree
 * first costs more than the rest of the projection. Every list value costs the Appender about a
 * microsecond, so the two that are nearly always redundant are left null: items when the row
 * answers every item (then laid out in the instrument's order), answers when no recoding made
 * them differ from the scores.
 */
final class SheetRows {

    private static final JsonFactory JSON = new JsonFactory();

    /** The respondent part of a sheet and its rows, one per target (and case). */
    record Sheet(String respondent, String group, String unit, List<Row> rows) {
    }

    /**
     * @param target  "group:skole", "person:x" or null
     * @param items   the item idx of each answer; null when every item is answered, laid out in the instrument's order
     * @param answers what the respondent gave; null when it equals scores
     */
    record Row(String target, String caseId, SmallintList items, SmallintList answers, SmallintList scores) {

        String targetKind() {
            return target == null ? null : target.startsWith("group:") ? "group" : "person";
        }

        String targetId() {
            return target == null ? null : target.substring(target.indexOf(':') + 1);
        }
    }

    /** Item positions and scoring of one instrument version, looked up by item key. */
    static final class Items {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Item> items;

        Items(Instrument instrument) {
            items = instrument.items();
            for (int i = 0; i < items.size(); i++) {
                index.put(items.get(i).key().value(), i);
            }
        }
    }

    private SheetRows() {
    }

    static Sheet read(byte[] json, Items items) {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String respondent = null;
            String group = null;
            String unit = null;
            List<Row> rows = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "respondent" -> respondent = p.getText();
                    case "group" -> group = value == JsonToken.VALUE_NULL ? null : p.getText();
                    case "unit" -> unit = p.getText();
                    case "rows" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            rows.add(row(p, items));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new Sheet(respondent, group, unit, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("an opened answer sheet is not the JSON it was sealed as", e);
        }
    }

    private static Row row(JsonParser p, Items items) throws IOException {
        String target = null;
        String caseId = null;
        short[] idx = new short[items.items.size()];
        short[] answers = new short[idx.length];
        short[] scores = new short[idx.length];
        boolean[] missing = new boolean[idx.length];
        int n = 0;
        boolean anyMissing = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "target" -> target = value == JsonToken.VALUE_NULL ? null : p.getText();
                case "case" -> caseId = value == JsonToken.VALUE_NULL ? null : p.getText();
                case "scores" -> {
                    expect(value, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        JsonToken score = p.nextToken();
                        Integer at = items.index.get(key);
                        if (at == null) {
                            throw new IllegalStateException("answer sheet names item '" + key + "', which its instrument does not have");
                        }
                        if (n == idx.length) {
                            idx = Arrays.copyOf(idx, n * 2);
                            answers = Arrays.copyOf(answers, n * 2);
                            scores = Arrays.copyOf(scores, n * 2);
                            missing = Arrays.copyOf(missing, n * 2);
                        }
                        idx[n] = at.shortValue();
                        if (score == JsonToken.VALUE_NULL) {
                            missing[n] = true;
                            anyMissing = true;
                        } else {
                            int answer = p.getIntValue();
                            answers[n] = (short) answer;
                            scores[n] = (short) items.items.get(at).score(answer);
                        }
                        n++;
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (n == items.items.size()) {
            // every item answered (keys are unique): laid out in the instrument's order, items need no list
            short[] orderedAnswers = new short[n];
            short[] orderedScores = new short[n];
            boolean[] orderedMissing = new boolean[n];
            for (int i = 0; i < n; i++) {
                orderedAnswers[idx[i]] = answers[i];
                orderedScores[idx[i]] = scores[i];
                orderedMissing[idx[i]] = missing[i];
            }
            return row(target, caseId, null, orderedAnswers, orderedScores, anyMissing ? orderedMissing : null, n);
        }
        return row(target, caseId, new SmallintList(Arrays.copyOf(idx, n), null), answers, scores,
                anyMissing ? Arrays.copyOf(missing, n) : null, n);
    }

    private static Row row(String target, String caseId, SmallintList items, short[] answers, short[] scores, boolean[] nulls, int n) {
        SmallintList scoreList = new SmallintList(Arrays.copyOf(scores, n), nulls);
        boolean recoded = !Arrays.equals(answers, 0, n, scores, 0, n);
        return new Row(target, caseId, items, recoded ? new SmallintList(Arrays.copyOf(answers, n), nulls) : null, scoreList);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " in an answer sheet, found " + actual);
        }
    }
}
