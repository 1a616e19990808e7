package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;

/** An intervention was planned, with what it aims at. */
public record InterventionPlanned(StudyId study, InterventionKey intervention, InterventionType type, String title, InterventionTargets targets) {
}
