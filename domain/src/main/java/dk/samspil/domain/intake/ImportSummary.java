package dk.samspil.domain.intake;

import dk.samspil.domain.shared.StudyId;

import java.util.List;

/**
 * What an import did.
 *
 * @param structureFacts organisation and study-structure facts recorded (0 when study.json brought nothing new)
 * @param timelineFacts  intervention, organisational-change and milestone facts recorded
 * @param ignoredFiles   files of the bundle that are not part of the format
 */
public record ImportSummary(StudyId study, int structureFacts, Counts questionnaires, int timelineFacts, Counts outcomes,
                            Counts attributes, List<String> ignoredFiles) {

    /** How many facts of a kind were new, corrected, or already there. */
    public record Counts(int added, int corrected, int unchanged) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public int total() {
            return added + corrected + unchanged;
        }
    }

    public boolean changedAnything() {
        return structureFacts + questionnaires.added() + questionnaires.corrected() + timelineFacts
                + outcomes.added() + outcomes.corrected() + attributes.added() + attributes.corrected() > 0;
    }

    public String describe() {
        return "study " + study + ": " + questionnaires.added() + " questionnaires added, " + questionnaires.corrected()
                + " corrected, " + questionnaires.unchanged() + " unchanged; " + outcomes.added() + " outcome measurements added, "
                + outcomes.corrected() + " corrected, " + outcomes.unchanged() + " unchanged; " + structureFacts
                + " structure facts and " + timelineFacts + " intervention, change and milestone facts recorded"
                + (attributes.total() == 0 ? "" : "; " + attributes.added() + " background attribute values added, " + attributes.corrected()
                + " corrected, " + attributes.unchanged() + " unchanged")
                + (ignoredFiles.isEmpty() ? "" : "; files not part of the bundle format, ignored: " + String.join(", ", ignoredFiles));
    }
}
