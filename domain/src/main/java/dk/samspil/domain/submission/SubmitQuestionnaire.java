package dk.samspil.domain.submission;

import dk.samspil.domain.instrument.Instrument;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a questionnaire as answered; if it exists with other content, this corrects it. */
public record SubmitQuestionnaire(SubmissionId submission, Instrument instrument, LocalDate collectedOn, AnswerSheet sheet) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return submission.aggregateId();
    }
}
