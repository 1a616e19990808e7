package dk.samspil.exports;

import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;
import java.util.List;

/**
 * The data-sharing agreement an export is made under: its reference and terms go into the manifest and the
 * codebook, and item-level responses are exported only when it allows them.
 *
 * @param studies the study keys it covers; empty for every study
 * @param until   the last day it allows an export; null for no end
 * @param licence the licence it names, as it words it; null for none
 */
public record PartnerAgreement(String reference, boolean itemLevelMicrodata, List<String> studies, LocalDate until, String licence) {

    public PartnerAgreement {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an agreement needs its reference");
        }
        studies = studies == null ? List.of() : List.copyOf(studies);
    }

    /** One covering every study with no end, as every agreement did before agreements had terms. */
    public PartnerAgreement(String reference, boolean itemLevelMicrodata) {
        this(reference, itemLevelMicrodata, List.of(), null, null);
    }

    public boolean covers(StudyId study) {
        return studies.isEmpty() || studies.contains(study.value());
    }

    /** Whether an export made on {@code day} is within its term. */
    public boolean inForceOn(LocalDate day) {
        return until == null || !day.isAfter(until);
    }

    /** Its terms in words, as the manifest and the codebooks state them. */
    public String terms() {
        return (studies.isEmpty() ? "covers every study" : "covers study " + String.join(", ", studies))
                + (until == null ? ", with no end" : ", until " + until + " inclusive");
    }
}
