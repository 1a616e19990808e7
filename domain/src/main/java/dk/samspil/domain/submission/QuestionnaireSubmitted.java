package dk.samspil.domain.submission;

import dk.samspil.domain.privacy.Sealed;

import java.time.LocalDate;

/**
 * A questionnaire was answered.
 *
 * @param collectedOn valid time: when the respondent answered
 * @param fingerprint keyed digest of the content, to recognise an identical re-submission
 * @param answers     the {@link AnswerSheet}, sealed under the respondent's key
 */
public record QuestionnaireSubmitted(SubmissionId submission, LocalDate collectedOn, String fingerprint, Sealed answers) {
}
