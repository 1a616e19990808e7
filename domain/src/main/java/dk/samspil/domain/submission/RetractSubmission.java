package dk.samspil.domain.submission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a questionnaire from every figure, with the reason; it stays in history. */
public record RetractSubmission(SubmissionId submission, String reason) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return submission.aggregateId();
    }
}
