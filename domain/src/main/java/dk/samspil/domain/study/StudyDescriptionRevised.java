package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** A study's title, shared task or start date was restated. */
public record StudyDescriptionRevised(StudyId study, String title, String sharedTask, LocalDate startsOn) {
}
