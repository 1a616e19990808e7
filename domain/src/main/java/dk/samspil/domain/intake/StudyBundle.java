package dk.samspil.domain.intake;

import dk.samspil.domain.study.StudyDefinition;

import java.util.List;

/**
 * A bundle that has been read and found free of problems.
 *
 * @param ignoredFiles files present in the bundle that this version does not import yet
 */
public record StudyBundle(String tenantName, StudyDefinition definition, List<SubmissionDraft> submissions,
                          List<String> ignoredFiles) {
}
