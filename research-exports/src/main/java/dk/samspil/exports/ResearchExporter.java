package dk.samspil.exports;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.exports.codebook.Codebook;
import dk.samspil.exports.codebook.PartnerRScript;
import dk.samspil.exports.partner.PartnerSecrets;
import dk.samspil.exports.partner.Pseudonymiser;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.projections.studies.StudySummary;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a research export for an academic partner: Parquet files computed at one event-store
 * position, with pseudonyms of the partner's own and a manifest of files, row counts and hashes.
 * The export is built beside the target folder and moved into place whole.
 */
public final class ResearchExporter {

    private static final Logger LOG = LoggerFactory.getLogger(ResearchExporter.class);

    private final ReadModel readModel;
    private final PartnerSecrets secrets;
    private final ManifestFile manifests;
    private final int minimumK;

    /** @param minimumK the installation's k, which release decisions are made at */
    public ResearchExporter(ReadModel readModel, PartnerSecrets secrets, String software, int minimumK) {
        this.readModel = readModel;
        this.secrets = secrets;
        this.manifests = new ManifestFile(readModel, software);
        this.minimumK = minimumK;
    }

    /** Told of a complete export before it is moved into place. */
    @FunctionalInterface
    public interface BeforeMove {
        void complete(ExportManifest manifest, Path manifestFile) throws IOException;
    }

    public ExportManifest export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, PartnerAgreement agreement)
            throws IOException {
        return export(study, partner, out, asOf, options, agreement, (manifest, file) -> { });
    }

    /**
     * @param agreement the partner's agreement: named in the manifest; item-level responses only when it allows them
     * @param beforeMove runs once the export is complete, before it appears at {@code out}; if it fails, nothing appears
     * @throws IllegalArgumentException for an unknown study or an output folder that already holds files
     */
    public ExportManifest export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, PartnerAgreement agreement,
                                 BeforeMove beforeMove) throws IOException {
        Cut cut = cut(study, readModel.positions().resolve(asOf), options, agreement);
        long position = cut.position();
        StudySummary summary = readModel.catalog().study(study, new AsOf.Position(Math.max(position, 0)))
                .filter(s -> position >= 0)
                .orElseThrow(() -> new IllegalArgumentException("no study '" + study + "' at position " + position));
        try (ExportFolder folder = ExportFolder.beside(out)) {
            Pseudonymiser pseudonyms = new Pseudonymiser(secrets.secretOf(partner));
            List<AttributeSpec> attributes = readModel.attributes().of(study, position);
            CodebookFiles codebooks = new CodebookFiles(readModel);
            ExportRun run = new ExportRun(summary, partner, position, recordedAt(position), options, agreement, cut.gate(),
                    matrices(summary, position, cut.gate()), attributes, codebooks.tables(summary, attributes, position), folder.path());
            ParquetTables tables = new ParquetTables(readModel);
            List<ExportManifest.ExportedFile> files = new ArrayList<>(tables.write(run, pseudonyms));
            // the speed of the Parquet part, the bulk of any large export (a log line: the manifest holds no clock time)
            LOG.info(tables.speed());
            LOG.info(tables.labelledSpeed());
            files.addAll(new NetworkFiles(readModel).write(run));
            Codebook codebook = codebooks.codebook(run, files);
            files.add(ExportedFiles.document(PartnerRScript.write(codebook, run.folder()), run.folder(),
                    "an R session loading every table from its Stata file with haven (labels and missing codes included), and first steps"));
            files.addAll(codebooks.write(codebook, run, files));
            files.add(ReadmeFile.write(codebook, files, run));
            ExportManifest manifest = manifests.write(run, files);
            beforeMove.complete(manifest, ManifestFile.file(run));
            folder.moveIntoPlace();
            return manifest;
        }
    }

    /** Where an export stands and which figures show their value. */
    private record Cut(long position, FigureGate gate) {
    }

    /**
     * Under a microdata agreement, the moment asked for with every figure of k or more. Otherwise the latest
     * release point at or before it, showing what that release shows (decided at the installation's k, then
     * cut at the export's): a programme manager's figures, which combine safely across every release, so the
     * exports one partner holds do as well, however many it receives.
     */
    private Cut cut(StudyId study, long asked, ExportOptions options, PartnerAgreement agreement) {
        if (agreement.itemLevelMicrodata() || asked < 0) {
            return new Cut(asked, FigureGate.open(options.k()));
        }
        ReleasePoint point = readModel.releases().points(study).stream().filter(p -> p.position() <= asked).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("agreement " + agreement.reference() + " allows no item-level microdata,"
                        + " so exports under it hold released figures only, and study " + study + " had no release point by position "
                        + asked + "; release a closed wave first: ./samspil release --study " + study + " --wave W"));
        return new Cut(point.position(), readModel.releases().gate(study, point, minimumK).atLeast(options.k()));
    }

    /** Every relational instrument's matrix per wave, computed once for relation_cells.parquet and the network files. */
    private Map<InstrumentRef, List<RelationMatrix>> matrices(StudySummary summary, long position, FigureGate gate) {
        Map<InstrumentRef, List<RelationMatrix>> matrices = new LinkedHashMap<>();
        for (InstrumentRef ref : summary.relationalInstruments()) {
            matrices.put(ref, summary.waves().stream().map(w -> readModel.matrices().matrix(summary.study(), WaveKey.of(w.key()), ref,
                    new AsOf.Position(position), gate)).toList());
        }
        return matrices;
    }

    private String recordedAt(long position) {
        try (DuckDBConnection c = readModel.store().connection();
             PreparedStatement s = c.prepareStatement("SELECT recorded_at FROM event_log WHERE position = ?")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read when position " + position + " was recorded", e);
        }
    }

    /** The SHA-256 of a file as lowercase hex, as the manifest names it. */
    public static String sha256(Path file) throws IOException {
        return ExportedFiles.sha256(file);
    }
}
