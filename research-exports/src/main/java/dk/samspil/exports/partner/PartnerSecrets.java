package dk.samspil.exports.partner;

import dk.samspil.domain.shared.PartnerId;

/** The repository-held secret of each partner, from which that partner's pseudonyms are derived. */
public interface PartnerSecrets {

    /** The partner's secret, created on first use and stable afterwards. */
    byte[] secretOf(PartnerId partner);
}
