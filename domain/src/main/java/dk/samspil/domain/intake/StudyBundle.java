package dk.samspil.domain.intake;

import dk.samspil.domain.intervention.SyncIntervention;
import dk.samspil.domain.milestone.ReachMilestone;
import dk.samspil.domain.orgchange.RecordOrganisationalChange;
import dk.samspil.domain.study.StudyDefinition;

import java.util.List;

/**
 * A bundle that has been read and found free of problems.
 *
 * @param ignoredFiles files in the bundle that are not part of the format, listed so a misnamed file is noticed
 */
public record StudyBundle(String tenantName, StudyDefinition definition, List<SubmissionDraft> submissions,
                          List<Stated<SyncIntervention>> interventions, List<Stated<RecordOrganisationalChange>> orgChanges,
                          List<Stated<ReachMilestone>> milestones, List<OutcomeDraft> outcomes, List<AttributeDraft> attributes,
                          List<String> ignoredFiles) {
}
