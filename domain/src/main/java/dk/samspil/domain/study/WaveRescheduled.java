package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/** A wave's label or window was restated. */
public record WaveRescheduled(StudyId study, WaveKey wave, String label, LocalDate opensOn, LocalDate closesOn) {
}
