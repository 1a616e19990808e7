package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instrument version as the codebook describes it: enough to read the item-level responses
 * without the Samspil source.
 *
 * @param missingCode how a missing answer is written in a study bundle; in the Parquet files it is always null
 * @param scaleLabels the wording of the scale's points, in order; empty when the definition gives none
 */
@JsonPropertyOrder({"ref", "title", "relational", "scale", "scale_labels", "missing_code", "dimensions", "items"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InstrumentVersion(String ref, LocalizedText title, boolean relational, ValueRange scale,
                                @com.fasterxml.jackson.annotation.JsonProperty("scale_labels") List<Code> scaleLabels,
                                @com.fasterxml.jackson.annotation.JsonProperty("missing_code") String missingCode,
                                List<Dimension> dimensions, List<Item> items) {

    public InstrumentVersion {
        scaleLabels = List.copyOf(scaleLabels);
        dimensions = List.copyOf(dimensions);
        items = List.copyOf(items);
    }

    /** A group of items reported together. */
    @JsonPropertyOrder({"key", "label"})
    public record Dimension(String key, LocalizedText label) {
    }

    /**
     * One question, in the instrument's own order.
     *
     * @param dimension the dimension key, or null
     * @param recode    answer → score where they differ (sorted by answer), else empty
     */
    @JsonPropertyOrder({"key", "dimension", "label", "recode"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String key, String dimension, LocalizedText label, Map<Integer, Integer> recode) {

        public Item {
            recode = recode == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(recode));
        }
    }

    public static InstrumentVersion of(Instrument instrument) {
        return new InstrumentVersion(instrument.ref().toString(), instrument.title(), instrument.relational(),
                new ValueRange(instrument.scale().min(), instrument.scale().max()),
                instrument.scale().labels().entrySet().stream().map(e -> new Code(e.getKey().toString(), e.getValue())).toList(),
                instrument.missingCode(),
                instrument.dimensions().stream().map(d -> new Dimension(d.key(), d.label())).toList(),
                instrument.items().stream()
                        .map(i -> new Item(i.key().value(), i.dimension(), i.label(), i.recode()))
                        .toList());
    }
}
