package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;

import java.time.LocalDate;

/** A study began in the repository, with its shared task (fælles opgave). */
public record StudyRegistered(StudyId study, TenantId tenant, String title, String sharedTask, LocalDate startsOn) {
}
