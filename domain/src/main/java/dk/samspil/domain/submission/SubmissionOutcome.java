package dk.samspil.domain.submission;

/** What submitting a questionnaire did to the history. */
public enum SubmissionOutcome {
    /** first time this questionnaire was seen */
    ADDED,
    /** different content than before: recorded as a correction, the earlier version kept */
    CORRECTED,
    /** same content as the current version: nothing recorded */
    UNCHANGED
}
