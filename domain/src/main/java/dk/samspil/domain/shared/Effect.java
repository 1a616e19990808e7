package dk.samspil.domain.shared;

/** What recording a fact (a questionnaire, an outcome measurement) did to the history. */
public enum Effect {
    /** first time this fact was seen */
    ADDED,
    /** different content than before: recorded as a correction, the earlier version kept */
    CORRECTED,
    /** same content as the current version: nothing recorded */
    UNCHANGED
}
