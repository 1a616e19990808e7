package dk.samspil.ui.app.export;

import org.springframework.util.FileSystemUtils;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.exports.ExportManifest;
import dk.samspil.exports.ExportOptions;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.projections.exports.PastExportsQuery;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.app.work.BackgroundWork;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Research exports made from the web page, as ./samspil export makes them: into a fresh temporary
 * folder, then packed as one .zip to download.
 */
@Service
public class ExportService {

    /** The steps of an export made on a page: the read model catching up, the files written, the zip packed. */
    public static final String READING = "reading";
    public static final String WRITING = "writing";
    public static final String ZIPPING = "zipping";
    private static final int STEPS = 3;

    private final RecordedExports exports;
    private final PastExportsQuery past;
    private final StudyCatalog catalog;
    private final Positions positions;
    private final ReadModelSync sync;
    private final int k;
    private final StudyAccess access;
    private final StudyMoments moments;

    public ExportService(RecordedExports exports, ReadModel readModel, StudyCatalog catalog, Positions positions, ReadModelSync sync,
                         SamspilProperties properties, StudyAccess access, StudyMoments moments) {
        this.access = access;
        this.moments = moments;
        this.exports = exports;
        this.past = readModel.exports();
        this.catalog = catalog;
        this.positions = positions;
        this.sync = sync;
        this.k = properties.k();
    }

    /**
     * An export on disk: its folder, the zip of it, and what the manifest says.
     *
     * @param sameAsRecorded for an export made again: whether its manifest has the hash the history recorded
     */
    public record Made(ExportManifest manifest, Path folder, Path zip, String manifestSha256, Boolean sameAsRecorded) {

        /** Removes the folder and the zip (both live in one temporary folder). */
        public void delete() {
            deleteTree(zip.getParent());
        }
    }

    /** The studies the current user may export. */
    public List<StudySummary.Named> studies() {
        return access.visible(Operation.EXPORT_RESEARCH, catalog.studies());
    }

    /** The installation's minimum number of respondents behind any exported figure. */
    public int minimumK() {
        return k;
    }

    /** The position an as-of stands for, -1 when nothing had been recorded by then. */
    public long resolve(AsOf asOf) {
        return positions.resolve(asOf);
    }

    /**
     * @throws IllegalArgumentException from the exporter, e.g. for a study unknown at that position
     */
    public Made export(StudyId study, PartnerId partner, AsOf.Position asOf, int k, BackgroundWork.Steps steps) throws IOException {
        access.require(Operation.EXPORT_RESEARCH, study);
        steps.at(0, STEPS, READING);
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        String name = study.value() + "-" + partner.value() + "-" + asOf.position();
        return made(name, steps, folder -> exports.export(study, partner, folder, asOf, new ExportOptions(k, false),
                access.username() + " (web)"));
    }

    /**
     * An export into a folder the caller names, as ./samspil export makes it, once the study, as-of and k are checked.
     *
     * @param asOf null: latest
     * @param k    null: the installation's
     * @throws IllegalArgumentException for an unknown study or moment, a k below the minimum, or a partner without an agreement
     */
    public RecordedExports.Recorded exportTo(String study, PartnerId partner, Path out, String asOf, Integer k, boolean coarsenDates)
            throws IOException {
        StudyMoments.StudyMoment at = moments.require(Operation.EXPORT_RESEARCH, study, asOf, k);
        return exports.export(at.id(), partner, out, at.asOf(), new ExportOptions(at.k(), coarsenDates), access.username());
    }

    /**
     * Records a partner's data-sharing agreement (a later one replaces it); returns its position once the read model holds it.
     *
     * @param studies the studies it covers; empty for every study
     * @param until   its last day; null for no end
     * @param licence the licence it names; null for none
     */
    public long agree(PartnerId partner, String agreement, boolean itemLevelMicrodata, List<StudyId> studies, LocalDate until,
                      String licence) {
        sync.awaitCaughtUp(Duration.ofHours(1), at -> { });
        return exports.agree(partner, agreement, itemLevelMicrodata, studies, until, licence);
    }

    /** The study's past exports as the history recorded them, newest first. */
    public List<PastExport> past(StudyId study) {
        access.require(Operation.EXPORT_RESEARCH, study);
        return past.of(study);
    }

    /** Makes the export recorded at a position again, from the same position and settings. */
    public Made recreate(PastExport recorded, BackgroundWork.Steps steps) throws IOException {
        access.require(Operation.EXPORT_RESEARCH, StudyId.of(recorded.study()));
        String name = recorded.study() + "-" + recorded.partner() + "-" + recorded.asOfPosition();
        return made(name, steps, folder -> exports.recreate(recorded.position(), folder,
                access.username() + " (web, made again)"));
    }

    /** The exports the current user may download: a partner account its own partner's; others those of studies they may see. */
    public List<PastExport> downloadable() {
        Principal who = access.principal();
        List<PastExport> recorded = who.partner().map(p -> past.forPartner(p.value())).orElseGet(past::all);
        BiPredicate<StudyId, PartnerId> allowed = access.allowsExports(Operation.DOWNLOAD_EXPORT);
        return recorded.stream().filter(e -> allowed.test(StudyId.of(e.study()), PartnerId.of(e.partner())))
                .toList();
    }

    /** The recorded export made again, byte for byte, for downloading; the download itself is recorded too. */
    public Made download(PastExport recorded) throws IOException {
        access.require(Operation.DOWNLOAD_EXPORT, StudyId.of(recorded.study()), PartnerId.of(recorded.partner()));
        String name = recorded.study() + "-" + recorded.partner() + "-" + recorded.asOfPosition();
        return made(name, (done, total, step) -> { }, folder -> exports.recreate(recorded.position(), folder,
                access.username() + " (web, downloaded)"));
    }

    private interface Writing {
        public RecordedExports.Recorded write(Path folder) throws IOException;
    }

    private static Made made(String name, BackgroundWork.Steps steps, Writing writing) throws IOException {
        Path work = Files.createTempDirectory("samspil-export-");
        try {
            Path folder = work.resolve(name);
            steps.at(1, STEPS, WRITING);
            RecordedExports.Recorded recorded = writing.write(folder);
            Path zip = work.resolve(name + ".zip");
            steps.at(2, STEPS, ZIPPING);
            zip(folder, zip);
            steps.at(STEPS, STEPS, ZIPPING);
            return new Made(recorded.manifest(), folder, zip, recorded.manifestSha256(), recorded.sameAsRecorded());
        } catch (IOException | RuntimeException e) {
            deleteTree(work);
            throw e;
        }
    }

    /** The folder's files under one folder of the export's name, in name order so the same export packs the same way. */
    private static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.walk(folder)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream packed = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0);
                packed.putNextEntry(entry);
                Files.copy(file, packed);
                packed.closeEntry();
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(root);
        } catch (IOException e) {
            // a temporary folder left behind is removed with the system's temp files
        }
    }
}
