package dk.samspil.domain.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.PartnerId;

/**
 * The data-sharing agreement under which a partner may receive exports; a later one replaces it.
 *
 * @param agreement          the agreement's reference, e.g. its journal number (no personal data)
 * @param itemLevelMicrodata whether it allows item-level responses (otherwise only scores and aggregates)
 */
public record PartnerAgreementRecorded(PartnerId partner, String agreement,
                                       @JsonProperty("item_level_microdata") boolean itemLevelMicrodata) {

    public PartnerAgreementRecorded {
        if (agreement == null || agreement.isBlank()) {
            throw new IllegalArgumentException("an agreement needs its reference");
        }
    }
}
