package dk.samspil.exports.codebook;

import dk.samspil.domain.shared.LocalizedText;

import java.util.List;
import java.util.Set;

/**
 * The study's own codes in the columns that hold a group or unit key: the keys with the names people know them by, so
 * the labelled files carry them as value labels and the codebooks list them.
 */
public final class StudyCodes {

    private static final Set<String> GROUP_COLUMNS = Set.of("respondent_group", "rater_group", "target_group");
    private static final Set<String> SCALE_COLUMNS = Set.of("answer", "score");
    private static final Set<String> UNIT_COLUMNS = Set.of("respondent_unit", "unit", "other_unit");

    private StudyCodes() {
    }

    /** A study's key with its name, as a code; the name is the same in both languages, as the study gave it. */
    public static Code named(String key, String name) {
        return new Code(key, LocalizedText.of(name, name));
    }

    /**
     * The item-level answer and score columns labelled with the wording of the scale's points, when every instrument of
     * the study words its scale the same (one column holds the answers of all of them); otherwise as they are.
     */
    public static List<TableDescription> worded(List<TableDescription> tables, List<InstrumentVersion> instruments) {
        List<List<Code>> wordings = instruments.stream().map(InstrumentVersion::scaleLabels).distinct().toList();
        if (wordings.size() != 1 || wordings.getFirst().isEmpty()) {
            return tables;
        }
        Code[] points = wordings.getFirst().toArray(Code[]::new);
        return tables.stream().map(t -> !t.file().equals(Columns.RESPONSES.file()) ? t : new TableDescription(t.file(), t.description(),
                t.columns().stream().map(c -> SCALE_COLUMNS.contains(c.name()) ? c.withValues(points) : c).toList())).toList();
    }

    /** The tables with every group and unit column coded by the study's groups and units (every one it has had). */
    public static List<TableDescription> apply(List<TableDescription> tables, List<Code> groups, List<Code> units) {
        return tables.stream().map(t -> new TableDescription(t.file(), t.description(), t.columns().stream()
                .map(c -> GROUP_COLUMNS.contains(c.name()) ? c.withValues(groups.toArray(Code[]::new))
                        : UNIT_COLUMNS.contains(c.name()) ? c.withValues(units.toArray(Code[]::new)) : c)
                .toList())).toList();
    }
}
