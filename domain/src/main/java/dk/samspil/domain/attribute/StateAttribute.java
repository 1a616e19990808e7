package dk.samspil.domain.attribute;

import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * State a person's value of a background attribute: a respondent's in a wave, or a citizen's from a
 * date; the same attribute and wave (or date) again with another value corrects it.
 *
 * @param wave      the wave of a respondent attribute; null for a citizen attribute
 * @param validFrom the first day a citizen attribute holds; null for a respondent attribute
 */
public record StateAttribute(AttributeSeriesId series, AttributeKey attribute, WaveKey wave, LocalDate validFrom, AttributeValue value) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return series.aggregateId();
    }

    /** The identity of the statement within the person's series: attribute and wave, or attribute and date. */
    public String key() {
        return PersonAttributes.key(attribute, wave, validFrom);
    }
}
