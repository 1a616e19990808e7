package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How an archive cites the exported data, every part from the study's and the agreement's events: the authors, producer
 * and distributor the study states (the organisation where it states none), the access conditions and licence of the
 * agreement, the study period (its start to the last wave's close, each wave's collection) and the geography (the
 * municipality whose study it is).
 *
 * @param licence the licence the agreement names, or null when it names none
 */
@JsonPropertyOrder({"authors", "producer", "distributor", "access_conditions", "licence", "period_start", "period_end", "collection",
        "geography", "nation"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Citation(List<Author> authors, String producer, String distributor,
                       @JsonProperty("access_conditions") LocalizedText accessConditions, String licence,
                       @JsonProperty("period_start") LocalDate periodStart, @JsonProperty("period_end") LocalDate periodEnd,
                       List<Collection> collection, String geography, String nation) {

    public Citation {
        authors = List.copyOf(authors);
        collection = List.copyOf(collection);
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(distributor, "distributor");
        Objects.requireNonNull(accessConditions, "accessConditions");
        Objects.requireNonNull(geography, "geography");
    }

    /** @param affiliation the author's institution, or null */
    @JsonPropertyOrder({"name", "affiliation"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Author(String name, String affiliation) {

        public Author {
            Objects.requireNonNull(name, "name");
        }
    }

    /** One wave's data collection: its label and window. */
    @JsonPropertyOrder({"wave", "label", "opens_on", "closes_on"})
    public record Collection(String wave, String label, @JsonProperty("opens_on") LocalDate opensOn,
                             @JsonProperty("closes_on") LocalDate closesOn) {
    }
}
