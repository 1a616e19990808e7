package dk.samspil.ui.app.imports;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Resource;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.BundleReader;
import dk.samspil.domain.intake.BundleSource;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.intake.StudyBundle;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports study bundles for ./samspil import and the import page: all or nothing, then waits
 * until the read model shows them. Uploads run one at a time, away from the request thread, so two
 * cannot compete for the event store's transaction and the machine's cores.
 */
@Service
public class ImportService implements DisposableBean {

    /** The phase reported while the read model applies the new events. */
    public static final String READ_MODEL_PHASE = "updating the read model";

    private final BundleImporter importer;
    private final ReadModelSync sync;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("bundle-import").daemon().factory());

    private final StudyAccess access;

    public ImportService(BundleImporter importer, ReadModelSync sync, StudyAccess access) {
        this.importer = importer;
        this.sync = sync;
        this.access = access;
    }

    /** What an import stored, and the event-store position the read model showed it at. */
    public record Imported(ImportSummary summary, long position) {
    }

    /**
     * Imports a bundle folder or .zip for the current user, all or nothing, and returns once the read model shows it.
     *
     * @throws dk.samspil.domain.intake.BundleRejected when the bundle is malformed (nothing stored)
     */
    public Imported importBundle(Path bundle, ImportProgress progress) throws IOException {
        return importBundle(bundle, access.principal(), progress);
    }

    /**
     * Imports the zip away from the request thread and deletes it afterwards.
     *
     * @return the summary, or completes exceptionally with BundleRejected (nothing stored) or an IOException's cause
     */
    public CompletableFuture<ImportSummary> importZip(Path zip, ImportProgress progress) {
        // the import runs on a worker thread, which has no sign-in of its own: decided for the user who uploaded
        Principal uploader = access.principal();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return importBundle(zip, uploader, progress).summary();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException ignored) {
                    // a temp file left behind is removed with the temp folder
                }
            }
        }, worker);
    }

    private Imported importBundle(Path path, Principal uploader, ImportProgress progress) throws IOException {
        StudyBundle bundle;
        try (BundleSource source = BundleSource.open(path)) {
            bundle = BundleReader.read(source, progress);
        }
        // the organisation is known once the bundle is read; nothing is stored before the check
        AccessPolicy.require(uploader, Operation.IMPORT_BUNDLE, Resource.of(bundle.definition().tenant()));
        ImportSummary summary = importer.importBundle(bundle, progress);
        long head = sync.head();
        long position = sync.awaitCaughtUp(Duration.ofHours(2), at -> progress.update(READ_MODEL_PHASE, Math.max(at, 0), head));
        return new Imported(summary, position);
    }

    /** How many events the store holds: what a refused bundle must leave as it was. */
    public long head() {
        return sync.head();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
