package dk.samspil.exports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dk.samspil.domain.instrument.BandThresholds;

import java.util.List;

/**
 * manifest.json of a research export: what is in it and exactly which history it was computed from.
 * It holds no clock time of its own, so the same export at the same position is the same bytes.
 */
@JsonPropertyOrder({"format", "study", "partner", "as_of_position", "as_of_recorded_at", "k", "date_precision", "agreement",
        "item_level_microdata", "agreement_studies", "agreement_until", "agreement_terms", "pseudonymisation", "instruments", "bands", "software", "files"})
public record ExportManifest(
        String format,
        String study,
        String partner,
        @JsonProperty("as_of_position") long asOfPosition,
        @JsonProperty("as_of_recorded_at") String asOfRecordedAt,
        int k,
        @JsonProperty("date_precision") String datePrecision,
        String agreement,
        @JsonProperty("item_level_microdata") boolean itemLevelMicrodata,
        @JsonProperty("agreement_studies") @JsonInclude(JsonInclude.Include.ALWAYS) List<String> agreementStudies,
        @JsonProperty("agreement_until") @JsonInclude(JsonInclude.Include.ALWAYS) String agreementUntil,
        @JsonProperty("agreement_terms") String agreementTerms,
        String pseudonymisation,
        List<String> instruments,
        List<InstrumentBands> bands,
        String software,
        List<ExportedFile> files) {

    public static final String FORMAT = "samspil-research-export/1";

    /** The band thresholds every band in the export was classified with, per instrument version (measures.md, Bands). */
    @JsonPropertyOrder({"instrument", "within", "between"})
    public record InstrumentBands(String instrument, BandThresholds within, BandThresholds between) {
    }

    /**
     * One file of the export.
     *
     * @param suppressed aggregates in the file from fewer than k respondents or citizens, present without a value
     */
    @JsonPropertyOrder({"name", "rows", "suppressed", "sha256", "description"})
    public record ExportedFile(String name, long rows, long suppressed, String sha256, String description) {
    }
}
