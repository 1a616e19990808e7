package dk.samspil.exports;

/**
 * The data-sharing agreement an export is made under: its reference goes into the manifest, and
 * item-level responses are exported only when it allows them.
 */
public record PartnerAgreement(String reference, boolean itemLevelMicrodata) {

    public PartnerAgreement {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an agreement needs its reference");
        }
    }
}
