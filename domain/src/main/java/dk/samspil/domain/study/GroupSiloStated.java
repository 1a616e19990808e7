package dk.samspil.domain.study;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;

/**
 * A professional group belongs to a silo (søjle) of the organisation, e.g. "Skole og dagtilbud" or
 * "Sundhed": the network map draws a silo's groups together, so ties across silos stand out.
 */
public record GroupSiloStated(StudyId study, GroupKey group, String silo) {
}
