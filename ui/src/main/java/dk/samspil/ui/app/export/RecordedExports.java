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
import java.time.Duration;

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

    public RecordedExports(ResearchExporter exporter, Facts facts, ReadModelSync sync, ReadModel readModel) {
        this.exporter = exporter;
        this.facts = facts;
        this.sync = sync;
        this.readModel = readModel;
    }

    /**
     * Writes the export into {@code out} under the partner's current agreement and records it; returns once the read model lists it.
     *
     * @throws IllegalArgumentException when no agreement is recorded for the partner
     */
    public Recorded export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, String requestedBy)
            throws IOException {
        PastExportsQuery.Agreement current = readModel.exports().agreement(partner.value()).orElseThrow(() -> new IllegalArgumentException(
                "partner " + partner + " has no recorded data-sharing agreement; record it first: ./samspil partner agree --partner "
                        + partner + " --agreement REFERENCE [--microdata]"));
        return export(study, partner, out, asOf, options, new PartnerAgreement(current.agreement(), current.itemLevelMicrodata()), requestedBy);
    }

    /** Records a partner's data-sharing agreement (a later one replaces it); returns once the read model holds it. */
    public long agree(PartnerId partner, String agreement, boolean itemLevelMicrodata) {
        facts.record(new PartnerAgreementRecorded(partner, agreement.strip(), itemLevelMicrodata));
        return sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
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
        // made under the agreement it was made under then, whatever the partner's agreement is now
        Recorded again = export(StudyId.of(past.study()), PartnerId.of(past.partner()), out, new AsOf.Position(past.asOfPosition()),
                new ExportOptions(past.k(), past.coarsenDates()), new PartnerAgreement(past.agreement(), past.itemLevelMicrodata()), requestedBy);
        return new Recorded(again.manifest(), again.manifestSha256(), again.position(), again.manifestSha256().equals(past.manifestSha256()));
    }
}
