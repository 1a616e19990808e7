package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** An intervention's recorded start or end date was wrong and is replaced; the earlier dates stay in history. */
public record InterventionDatesCorrected(StudyId study, InterventionKey intervention, LocalDate startedOn, LocalDate endedOn) {
}
