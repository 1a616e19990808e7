package dk.samspil.domain.submission;

/** A questionnaire no longer counts in any figure from this position on; why is said, not who. */
public record SubmissionRetracted(SubmissionId submission, String reason) {
}
