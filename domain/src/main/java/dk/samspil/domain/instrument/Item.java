package dk.samspil.domain.instrument;

import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.LocalizedText;

import java.util.Map;

/**
 * One question of an instrument.
 *
 * @param dimension the dimension it belongs to, or null
 * @param recode    answer → score, when the answer is not itself the score (e.g. RC's frequency item,
 *                  where "just right" scores best); null when the answer is the score
 */
public record Item(ItemKey key, String dimension, LocalizedText label, Map<Integer, Integer> recode) {

    public Item {
        recode = recode == null ? null : Map.copyOf(recode);
    }

    public Item(ItemKey key, String dimension, LocalizedText label) {
        this(key, dimension, label, null);
    }

    /** The score an answer counts as in every mean; the answer itself is stored unchanged. */
    public int score(int answer) {
        return recode == null ? answer : recode.getOrDefault(answer, answer);
    }
}
