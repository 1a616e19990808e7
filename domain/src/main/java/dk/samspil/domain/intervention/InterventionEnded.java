package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** An intervention ended. */
public record InterventionEnded(StudyId study, InterventionKey intervention, LocalDate endedOn) {
}
