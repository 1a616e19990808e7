package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** An intervention was evaluated, with what was learnt. */
public record InterventionEvaluated(StudyId study, InterventionKey intervention, LocalDate evaluatedOn, String note) {
}
