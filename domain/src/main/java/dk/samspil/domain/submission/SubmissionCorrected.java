package dk.samspil.domain.submission;

import dk.samspil.domain.privacy.Sealed;

import java.time.LocalDate;

/**
 * A questionnaire's content was replaced by new content; the earlier version stays in history.
 *
 * @param answers the new {@link AnswerSheet}, sealed under the respondent's key
 */
public record SubmissionCorrected(SubmissionId submission, LocalDate collectedOn, String fingerprint, Sealed answers) {
}
