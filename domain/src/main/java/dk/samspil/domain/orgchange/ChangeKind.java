package dk.samspil.domain.orgchange;

import java.util.Arrays;
import java.util.Optional;

/** The organisational changes org_changes.csv can state, and whether each names a second unit. */
public enum ChangeKind {
    UNIT_CREATED(false),
    UNIT_RENAMED(false),
    /** the unit merged into other_unit */
    UNIT_MERGED(true),
    /** other_unit split off from the unit */
    UNIT_SPLIT(true),
    UNIT_CLOSED(false),
    LEADER_CHANGED(false),
    STAFF_TURNOVER(false),
    POLICY_CHANGED(false);

    private final boolean needsOtherUnit;

    ChangeKind(boolean needsOtherUnit) {
        this.needsOtherUnit = needsOtherUnit;
    }

    public boolean needsOtherUnit() {
        return needsOtherUnit;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ChangeKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ChangeKind::key).toList());
    }
}
