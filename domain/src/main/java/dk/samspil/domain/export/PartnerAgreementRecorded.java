package dk.samspil.domain.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;
import java.util.List;

/**
 * The data-sharing agreement under which a partner may receive exports; a later one replaces it.
 *
 * @param agreement          the agreement's reference, e.g. its journal number (no personal data)
 * @param itemLevelMicrodata whether it allows item-level responses (otherwise only scores and aggregates)
 * @param studies            the studies it covers; empty for every study (as every agreement recorded before scopes did)
 * @param until              the last day it allows an export; null for no end
 * @param licence            the licence the data are used under as the agreement words it (e.g. "CC BY-NC 4.0" or its terms of
 *                           use); null when it names none
 */
public record PartnerAgreementRecorded(PartnerId partner, String agreement,
                                       @JsonProperty("item_level_microdata") boolean itemLevelMicrodata,
                                       List<StudyId> studies, LocalDate until, String licence) {

    public PartnerAgreementRecorded {
        if (agreement == null || agreement.isBlank()) {
            throw new IllegalArgumentException("an agreement needs its reference");
        }
        // an event recorded before agreements had a scope reads back without one
        studies = studies == null ? List.of() : List.copyOf(studies);
    }
}
