package dk.samspil.ui.exports;

import dk.samspil.domain.export.ResearchExported;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.exports.ExportManifest;
import dk.samspil.exports.ExportOptions;
import dk.samspil.exports.ResearchExporter;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.ui.config.ReadModelSync;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

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
    private final EventBus events;
    private final ReadModelSync sync;
    private final ReadModel readModel;

    public RecordedExports(ResearchExporter exporter, EventBus events, ReadModelSync sync, ReadModel readModel) {
        this.exporter = exporter;
        this.events = events;
        this.sync = sync;
        this.readModel = readModel;
    }

    /** Writes the export into {@code out} and records it; returns once the read model lists it. */
    public Recorded export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, String requestedBy)
            throws IOException {
        ExportManifest manifest = exporter.export(study, partner, out, asOf, options);
        String hash = sha256(out.resolve("manifest.json"));
        events.publish(GenericEventMessage.asEventMessage(new ResearchExported(study, partner, manifest.asOfPosition(), options.k(),
                options.coarsenDates(), hash, requestedBy)));
        long position = sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        return new Recorded(manifest, hash, position, null);
    }

    /** Makes a past export again from what the history recorded, and says whether its manifest has the recorded hash. */
    public Recorded recreate(long recordedAt, Path out, String requestedBy) throws IOException {
        PastExport past = readModel.exports().at(recordedAt).orElseThrow(() ->
                new IllegalArgumentException("no research export was recorded at position " + recordedAt));
        Recorded again = export(StudyId.of(past.study()), PartnerId.of(past.partner()), out, new AsOf.Position(past.asOfPosition()),
                new ExportOptions(past.k(), past.coarsenDates()), requestedBy);
        return new Recorded(again.manifest(), again.manifestSha256(), again.position(), again.manifestSha256().equals(past.manifestSha256()));
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }
}
