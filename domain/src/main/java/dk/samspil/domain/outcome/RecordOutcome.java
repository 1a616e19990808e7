package dk.samspil.domain.outcome;

import dk.samspil.domain.shared.OutcomeKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a citizen outcome measured on a date; the same outcome and date again with another value corrects it. */
public record RecordOutcome(OutcomeSeriesId series, OutcomeKey outcome, LocalDate measuredOn, Measurement measurement) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return series.aggregateId();
    }
}
