package dk.samspil.ui.app.export;

import dk.samspil.domain.export.PartnerAgreementRecorded;
import dk.samspil.domain.export.ResearchExported;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.exports.ExportManifest;
import dk.samspil.exports.ExportOptions;
import dk.samspil.exports.PartnerAgreement;
import dk.samspil.exports.ResearchExporter;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.projections.exports.PastExportsQuery;
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Research exports as the history records them: each export is written, then recorded as
 * {@link ResearchExported} with what it was computed from and its manifest's hash, so any past
 * export can be made again and shown to be the same bytes.
 */
@Service
public class RecordedExports {

    /** An export written and recorded; {@code sameAsRecorded} is set when it re-created a past one. */
    public record Recorded(ExportManifest manifest, String manifestSha256, long position, Boolean sameAsRecorded) {
    }

    private final ResearchExporter exporter;
    private final Facts facts;
    private final ReadModelSync sync;
    private final ReadModel readModel;
    private final Clock clock;

    public RecordedExports(ResearchExporter exporter, Facts facts, ReadModelSync sync, ReadModel readModel, Clock clock) {
        this.exporter = exporter;
        this.facts = facts;
        this.sync = sync;
        this.readModel = readModel;
        this.clock = clock;
    }

    /**
     * Writes the export into {@code out} under the partner's current agreement and records it; returns once the read model lists it.
     *
     * @throws IllegalArgumentException when no agreement is recorded for the partner, or it does not cover the study, or its
     *                                  last day has passed; nothing is written then
     */
    public Recorded export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, String requestedBy)
            throws IOException {
        PartnerAgreement agreement = readModel.exports().agreement(partner.value()).map(RecordedExports::terms).orElseThrow(() ->
                new IllegalArgumentException("partner " + partner + " has no recorded data-sharing agreement; record it first:"
                        + " ./samspil partner agree --partner " + partner + " --agreement REFERENCE [--microdata]"));
        if (!agreement.covers(study)) {
            throw new IllegalArgumentException("agreement " + agreement.reference() + " of partner " + partner + " " + agreement.terms()
                    + ", not study " + study + "; nothing was exported. Record one that covers it: ./samspil partner agree --partner "
                    + partner + " --agreement REFERENCE --studies " + String.join(",", agreement.studies()) + "," + study);
        }
        LocalDate today = LocalDate.now(clock.withZone(AsOf.STUDY_ZONE));
        if (!agreement.inForceOn(today)) {
            throw new IllegalArgumentException("agreement " + agreement.reference() + " of partner " + partner + " ended on "
                    + agreement.until() + " (today is " + today + "); nothing was exported. Record its renewal: ./samspil partner agree"
                    + " --partner " + partner + " --agreement REFERENCE [--until DATE]");
        }
        return export(study, partner, out, asOf, options, agreement, requestedBy);
    }

    /**
     * Records a partner's data-sharing agreement (a later one replaces it); returns once the read model holds it.
     *
     * @param studies the studies it covers; empty for every study
     * @param until   its last day; null for no end
     * @param licence the licence it names; null for none
     */
    public long agree(PartnerId partner, String agreement, boolean itemLevelMicrodata, List<StudyId> studies, LocalDate until,
                      String licence) {
        facts.record(new PartnerAgreementRecorded(partner, agreement.strip(), itemLevelMicrodata, studies, until,
                licence == null || licence.isBlank() ? null : licence.strip()));
        return sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
    }

    /** One covering every study with no end. */
    public long agree(PartnerId partner, String agreement, boolean itemLevelMicrodata) {
        return agree(partner, agreement, itemLevelMicrodata, List.of(), null, null);
    }

    private static PartnerAgreement terms(PastExportsQuery.Agreement recorded) {
        return new PartnerAgreement(recorded.agreement(), recorded.itemLevelMicrodata(), recorded.studies(), recorded.until(),
                recorded.licence());
    }

    private Recorded export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, PartnerAgreement agreement,
                            String requestedBy) throws IOException {
        String[] hash = new String[1];
        // recorded before it appears at out: a process killed in between leaves an export recorded but not delivered, never the reverse
        ExportManifest manifest = exporter.export(study, partner, out, asOf, options, agreement, (built, manifestFile) -> {
            hash[0] = ResearchExporter.sha256(manifestFile);
            facts.record(new ResearchExported(study, partner, built.asOfPosition(), options.k(),
                    options.coarsenDates(), hash[0], agreement.reference(), agreement.itemLevelMicrodata(), requestedBy));
        });
        long position = sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        return new Recorded(manifest, hash[0], position, null);
    }

    /** Makes a past export again from what the history recorded, and says whether its manifest has the recorded hash. */
    public Recorded recreate(long recordedAt, Path out, String requestedBy) throws IOException {
        PastExport past = readModel.exports().at(recordedAt).orElseThrow(() ->
                new IllegalArgumentException("no research export was recorded at position " + recordedAt));
        // made under the agreement it was made under then (its terms as they stood), whatever the partner's agreement is now
        PastExportsQuery.Agreement then = readModel.exports().agreement(past.partner(), past.position())
                .filter(a -> a.agreement().equals(past.agreement()))
                .orElse(new PastExportsQuery.Agreement(past.partner(), past.agreement(), past.itemLevelMicrodata(), List.of(), null, null));
        Recorded again = export(StudyId.of(past.study()), PartnerId.of(past.partner()), out, new AsOf.Position(past.asOfPosition()),
                new ExportOptions(past.k(), past.coarsenDates()), new PartnerAgreement(past.agreement(), past.itemLevelMicrodata(),
                        then.studies(), then.until(), then.licence()), requestedBy);
        return new Recorded(again.manifest(), again.manifestSha256(), again.position(), again.manifestSha256().equals(past.manifestSha256()));
    }
}
