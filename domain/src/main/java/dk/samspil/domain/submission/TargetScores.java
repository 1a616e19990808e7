package dk.samspil.domain.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Target;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A respondent's answers about one target (or about nothing, for non-relational instruments).
 * A null score is a missing answer ("don't know / not relevant"); an item absent from the map was not in the bundle.
 */
public record TargetScores(Target target, @JsonProperty("case") CaseId caseId,
                           @JsonInclude(content = JsonInclude.Include.ALWAYS) SortedMap<ItemKey, Integer> scores) {

    public TargetScores {
        scores = Collections.unmodifiableSortedMap(new TreeMap<>(scores));
    }

    /** Sort order of a sheet's rows: by target, then case, with absent values first. */
    static int compare(TargetScores a, TargetScores b) {
        int byTarget = compareNullable(a.target == null ? null : a.target.toString(), b.target == null ? null : b.target.toString());
        return byTarget != 0 ? byTarget
                : compareNullable(a.caseId == null ? null : a.caseId.value(), b.caseId == null ? null : b.caseId.value());
    }

    private static int compareNullable(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
