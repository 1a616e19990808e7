package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/** A measurement wave (måling) with the window in which answers count for it. */
public record WaveScheduled(StudyId study, WaveKey wave, String label, LocalDate opensOn, LocalDate closesOn) {
}
