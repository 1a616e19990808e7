package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** An intervention started; {@code startedOn} is its valid time. */
public record InterventionStarted(StudyId study, InterventionKey intervention, LocalDate startedOn) {
}
