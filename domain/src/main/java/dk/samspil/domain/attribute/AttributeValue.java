package dk.samspil.domain.attribute;

import dk.samspil.domain.shared.RespondentId;

/** What a stated attribute says about the person, in clear: events carry it only sealed under the person's key. */
public record AttributeValue(RespondentId person, String value) {
}
