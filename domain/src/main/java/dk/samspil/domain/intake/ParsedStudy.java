package dk.samspil.domain.intake;

import dk.samspil.domain.study.StudyDefinition;

/** study.json once read and checked: the structure, plus the organisation's display name. */
record ParsedStudy(String tenantName, StudyDefinition definition) {
}
