package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** An intervention's title or targets changed while it ran; {@code adjustedOn} is when. */
public record InterventionAdjusted(StudyId study, InterventionKey intervention, String title, InterventionTargets targets, LocalDate adjustedOn, String note) {
}
