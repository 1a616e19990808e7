package dk.samspil.domain.intake;

import dk.samspil.domain.shared.StudyId;

import java.util.List;

/**
 * What an import did.
 *
 * @param structureFacts organisation and study-structure facts recorded (0 when study.json brought nothing new)
 * @param ignoredFiles   files of the bundle this version does not import yet
 */
public record ImportSummary(StudyId study, int structureFacts, int added, int corrected, int unchanged,
                            List<String> ignoredFiles) {

    public int submissions() {
        return added + corrected + unchanged;
    }

    public boolean changedAnything() {
        return structureFacts + added + corrected > 0;
    }

    public String describe() {
        return "study " + study + ": " + added + " questionnaires added, " + corrected + " corrected, " + unchanged
                + " unchanged; " + structureFacts + " structure facts recorded"
                + (ignoredFiles.isEmpty() ? "" : "; not imported by this version: " + String.join(", ", ignoredFiles));
    }
}
