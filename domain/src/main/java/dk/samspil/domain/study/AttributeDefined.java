package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;

/** study.json defines a background attribute (new, or with new values or labels): the whole definition as it now stands. */
public record AttributeDefined(StudyId study, AttributeSpec attribute) {
}
