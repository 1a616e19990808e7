package dk.samspil.domain.instrument;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A versioned questionnaire definition. Instruments are data: a new wording or new band
 * thresholds is a new version, never an edit of an old one.
 *
 * @param relational     whether items rate a target (a group or a person) rather than the respondent's own situation
 * @param respondentKind who answers: professionals (with a group) or citizens (without one)
 * @param missingCode    how a missing answer is written in the bundle (empty by default)
 */
public record Instrument(
        InstrumentRef ref,
        LocalizedText title,
        boolean relational,
        @JsonProperty("respondent_kind") RespondentKind respondentKind,
        Scale scale,
        @JsonProperty("missing_code") String missingCode,
        List<Dimension> dimensions,
        List<Item> items,
        Bands bands) {

    /** Who answers an instrument. */
    public enum RespondentKind {
        @com.fasterxml.jackson.annotation.JsonProperty("professional") PROFESSIONAL,
        @com.fasterxml.jackson.annotation.JsonProperty("citizen") CITIZEN
    }

    public Instrument {
        dimensions = List.copyOf(dimensions);
        items = List.copyOf(items);
        missingCode = missingCode == null ? "" : missingCode;
        if (items.isEmpty()) {
            throw new IllegalArgumentException(ref + " has no items");
        }
        Set<String> dimensionKeys = dimensions.stream().map(Dimension::key).collect(Collectors.toSet());
        Set<ItemKey> seen = new java.util.HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.key())) {
                throw new IllegalArgumentException(ref + " lists item '" + item.key() + "' twice");
            }
            if (item.dimension() != null && !dimensionKeys.contains(item.dimension())) {
                throw new IllegalArgumentException(ref + " item '" + item.key() + "' names unknown dimension '" + item.dimension() + "'");
            }
        }
    }

    public Optional<Item> item(ItemKey key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public boolean hasItem(ItemKey key) {
        return item(key).isPresent();
    }

    public Map<ItemKey, Item> itemsByKey() {
        return items.stream().collect(Collectors.toMap(Item::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public String itemKeysText() {
        return items.stream().map(i -> i.key().value()).collect(Collectors.joining(", "));
    }
}
