package dk.samspil.ui.attack;

import dk.samspil.projections.store.ReadModelStore;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who counts in a figure, found from the stored answers themselves (not from the figure queries): the
 * attacker's own reading of measures.md. A contributor is a questionnaire version with what its value
 * is about ("1234:familie", "1234:between", "1234:all", or the item's target, "*" for every target).
 */
final class Oracle {

    /** One questionnaire version valid at the position, with which of its scores are not missing. */
    private record Version(long pos, String wave, String instrument, String group, String unit, String respondent,
                           Map<String, Set<String>> itemsByTarget) {

        boolean rated(String target) {
            return !itemsByTarget.getOrDefault(target, Set.of()).isEmpty();
        }

        boolean ratedOtherGroup() {
            return itemsByTarget.entrySet().stream().anyMatch(e -> e.getKey().startsWith("group:")
                    && !e.getKey().equals("group:" + group) && !e.getValue().isEmpty());
        }

        boolean ratedAnything() {
            return itemsByTarget.values().stream().anyMatch(s -> !s.isEmpty());
        }

        boolean ratedItem(String target, String item) {
            if (target == null) {
                return itemsByTarget.values().stream().anyMatch(s -> s.contains(item));
            }
            return itemsByTarget.getOrDefault("group:" + target, Set.of()).contains(item);
        }
    }

    private final List<Version> versions = new ArrayList<>();
    /** A respondent's value of an attribute in a wave, "person|wave|attribute" to value, as recorded at the position. */
    private final Map<String, String> attributes = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final ReadModelStore store;
    private final String study;
    private final long position;

    Oracle(ReadModelStore store, String study, long position) {
        this.store = store;
        this.study = study;
        this.position = position;
        Map<String, Map<Integer, String>> itemNames = new HashMap<>();
        store.query("SELECT instrument, idx, item FROM instrument_item WHERE study = ?", "items",
                r -> itemNames.computeIfAbsent(r.getString(1), i -> new HashMap<>()).put(r.getInt(2), r.getString(3)), study);
        store.query("SELECT unit, parent FROM unit WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)",
                "units", r -> parent.put(r.getString(1), r.getString(2)), study, position, position);
        Map<Long, Version> byPos = new HashMap<>();
        store.query("""
                SELECT s.recorded_pos, s.wave, s.instrument, s.respondent_group, s.respondent_unit, r.target_kind, r.target,
                       r.items, r.scores, s.respondent
                FROM submission s JOIN score_row r ON r.recorded_pos = s.recorded_pos
                WHERE s.study = ? AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)""", "answers",
                r -> {
                    long pos = r.getLong(1);
                    Version v = byPos.computeIfAbsent(pos, p -> {
                        try {
                            return new Version(p, r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(10),
                                    new HashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    Object[] items = array(r.getArray(8));
                    Object[] scores = array(r.getArray(9));
                    String target = r.getString(6) == null ? "none" : r.getString(6) + ":" + r.getString(7);
                    Set<String> answered = v.itemsByTarget().computeIfAbsent(target, t -> new HashSet<>());
                    for (int i = 0; i < scores.length; i++) {
                        if (scores[i] != null) {
                            int idx = items == null ? i : ((Number) items[i]).intValue();
                            answered.add(itemNames.get(v.instrument()).get(idx));
                        }
                    }
                    return null;
                }, study, position, position);
        versions.addAll(byPos.values());
        store.query("""
                SELECT person, wave, attribute, value FROM person_attribute
                WHERE study = ? AND wave IS NOT NULL AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)""",
                "attributes", r -> attributes.put(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3), r.getString(4)),
                study, position, position);
    }

    /** The same contributors, of those respondents only whose value of the attribute in the wave is the one asked. */
    Set<String> within(Set<String> contributors, String wave, String attribute, String value) {
        Set<String> positions = new HashSet<>();
        versions.stream().filter(v -> v.wave().equals(wave) && value.equals(attributes.get(v.respondent() + "|" + wave + "|" + attribute)))
                .forEach(v -> positions.add(Long.toString(v.pos())));
        Set<String> out = new TreeSet<>();
        contributors.stream().filter(c -> positions.contains(c.substring(0, c.indexOf(':')))).forEach(out::add);
        return out;
    }

    private static Object[] array(Array array) throws java.sql.SQLException {
        return array == null ? null : (Object[]) array.getArray();
    }

    private boolean below(String unit, String top) {
        if (top == null) {
            return true;
        }
        for (String u = unit; u != null; u = parent.get(u)) {
            if (u.equals(top)) {
                return true;
            }
        }
        return false;
    }

    private List<Version> of(String wave, String instrument) {
        return versions.stream().filter(v -> v.wave().equals(wave) && v.instrument().equals(instrument)).toList();
    }

    Set<String> cell(String wave, String instrument, String unit, String rater, String target) {
        Set<String> out = new TreeSet<>();
        of(wave, instrument).stream().filter(v -> rater.equals(v.group()) && below(v.unit(), unit) && v.rated("group:" + target))
                .forEach(v -> out.add(v.pos() + ":" + target));
        return out;
    }

    Set<String> given(String wave, String instrument, String unit, String group) {
        Set<String> out = new TreeSet<>();
        of(wave, instrument).stream().filter(v -> group.equals(v.group()) && below(v.unit(), unit) && v.ratedOtherGroup())
                .forEach(v -> out.add(v.pos() + ":between"));
        return out;
    }

    Set<String> received(String wave, String instrument, String unit, String group) {
        Set<String> out = new TreeSet<>();
        of(wave, instrument).stream().filter(v -> v.group() != null && !group.equals(v.group()) && below(v.unit(), unit)
                && v.rated("group:" + group)).forEach(v -> out.add(v.pos() + ":" + group));
        return out;
    }

    /** A unit's own respondents (unit null: the whole study, every rating). */
    Set<String> index(String wave, String instrument, String unit, String scope) {
        Set<String> out = new TreeSet<>();
        for (Version v : of(wave, instrument)) {
            if (unit != null && !unit.equals(v.unit())) {
                continue;
            }
            switch (scope) {
                case "all" -> {
                    if (v.ratedAnything()) {
                        out.add(v.pos() + ":all");
                    }
                }
                case "between" -> {
                    if (v.group() != null && v.ratedOtherGroup()) {
                        out.add(v.pos() + ":between");
                    }
                }
                default -> {
                    if (v.group() != null && v.rated("group:" + v.group())) {
                        out.add(v.pos() + ":" + v.group());
                    }
                }
            }
        }
        return out;
    }

    Set<String> item(String wave, String instrument, String unit, String rater, String target, String item) {
        Set<String> out = new TreeSet<>();
        of(wave, instrument).stream().filter(v -> (rater == null || rater.equals(v.group())) && below(v.unit(), unit)
                && v.ratedItem(target, item)).forEach(v -> out.add(v.pos() + ":" + (target == null ? "*" : target)));
        return out;
    }

    /**
     * The citizens measured in a unit and month, on or before {@code through} (null: any day), one contributor per
     * citizen and the measurements that give their month's value.
     */
    Set<String> outcome(String outcome, String unit, java.time.LocalDate month, java.time.LocalDate through) {
        Map<String, TreeSet<Long>> byCitizen = new HashMap<>();
        store.query("""
                SELECT citizen, recorded_pos FROM outcome
                WHERE study = ? AND outcome = ? AND unit = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
                  AND measured_on >= ? AND measured_on < ? AND measured_on <= ?""", "outcomes",
                r -> byCitizen.computeIfAbsent(r.getString(1), c -> new TreeSet<>()).add(r.getLong(2)),
                study, outcome, unit, position, position, month, month.plusMonths(1), through == null ? java.time.LocalDate.of(9999, 12, 31) : through);
        Set<String> out = new TreeSet<>();
        byCitizen.forEach((citizen, positions) -> out.add("citizen " + citizen + " " + month + " " + positions));
        return out;
    }
}
