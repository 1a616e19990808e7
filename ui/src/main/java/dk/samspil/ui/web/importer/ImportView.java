package dk.samspil.ui.web.importer;

import dk.samspil.ui.app.imports.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.intake.BundleRejected;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.intake.Problem;
import dk.samspil.ui.web.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Upload a study bundle (.zip): a progress bar while it is read, checked and stored, then what
 * was added, corrected and unchanged, or every problem found (and nothing stored).
 */
@Route(value = "import", layout = MainLayout.class)
@Menu(title = "importer.menu", order = 8)
@StyleSheet("styles/importer.css")
@RolesAllowed({"ADMIN", "RESEARCHER"})
public class ImportView extends Div implements LocaleChangeObserver {

    private static final long PROGRESS_EVERY_MS = 250;

    private final ImportService service;
    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar();
    private final Span phase = new Span();
    private final Div progress = new Div(phase, bar);
    private final Div result = new Div();
    private UI ui;
    /** Shows the last outcome again, in the language now chosen. */
    private Runnable outcome;

    public ImportView(ImportService service) {
        this.service = service;
        addClassName("importer-view");
        upload = new Upload(UploadHandler.toTempFile(this::received));
        upload.setId("importer-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        progress.setId("importer-progress");
        progress.addClassName("importer-progress");
        phase.setId("importer-phase");
        bar.setId("importer-bar");
        progress.setVisible(false);
        result.setId("importer-result");
        add(title, intro, upload, progress, result);
        addAttachListener(attach -> ui = attach.getUI());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("importer.title"));
        intro.setText(getTranslation("importer.intro"));
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("importer.upload")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("importer.drop")));
        upload.setI18n(texts);
        if (outcome != null) {
            show(outcome);
        }
    }

    /** Runs where the upload arrives; the UI is changed only through access. */
    private void received(UploadMetadata metadata, File file) throws IOException {
        String name = metadata.fileName();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Files.deleteIfExists(file.toPath());
            ui.access(() -> show(() -> showError(getTranslation("importer.notZip", name))));
            return;
        }
        // the importer recognises a bundle archive by its .zip name
        Path zip = Files.createTempFile("samspil-bundle-", ".zip");
        Files.move(file.toPath(), zip, StandardCopyOption.REPLACE_EXISTING);
        ui.access(() -> start(name, zip));
    }

    private void start(String name, Path zip) {
        outcome = null;
        result.removeAll();
        upload.clearFileList();
        upload.setEnabled(false);
        phase.setText(getTranslation("importer.running", name));
        bar.setIndeterminate(true);
        progress.setVisible(true);
        ui.setPollInterval(500);
        AtomicLong shownAt = new AtomicLong();
        service.importZip(zip, (step, done, total) -> {
            long now = System.currentTimeMillis();
            if (now - shownAt.get() >= PROGRESS_EVERY_MS || done == total) {
                shownAt.set(now);
                ui.access(() -> showProgress(step, done, total));
            }
        }).whenComplete((summary, error) -> ui.access(() -> finish(name, summary, error)));
    }

    private void showProgress(String step, long done, long total) {
        if (total > 0) {
            bar.setIndeterminate(false);
            bar.setValue(Math.min(1.0, (double) done / total));
            phase.setText(getTranslation("importer.phase", step, Long.toString(done), Long.toString(total)));
        } else {
            bar.setIndeterminate(true);
            phase.setText(getTranslation("importer.phase.unknown", step, Long.toString(done)));
        }
    }

    private void finish(String name, ImportSummary summary, Throwable error) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        show(switch (cause) {
            case null -> () -> result.add(new ImportSummaryPanel(summary));
            case BundleRejected rejected -> () -> showProblems(name, rejected);
            case AccessPolicy.AccessDenied denied -> () -> showError(getTranslation("importer.denied", name, denied.getMessage()));
            case UncheckedIOException unreadable -> () -> showError(getTranslation("importer.unreadable", name, unreadable.getCause().getMessage()));
            default -> () -> showError(getTranslation("importer.failed", name, String.valueOf(cause.getMessage())));
        });
    }

    private void show(Runnable shown) {
        outcome = shown;
        result.removeAll();
        shown.run();
    }

    private void showProblems(String name, BundleRejected rejected) {
        int count = rejected.report().size();
        Paragraph heading = new Paragraph(count == 1 ? getTranslation("importer.rejected.one", name)
                : getTranslation("importer.rejected", Integer.toString(count), name));
        heading.setId("importer-rejected");
        heading.addClassName("importer-rejected");
        heading.getElement().setAttribute("role", "alert");
        Grid<Problem> problems = new Grid<>();
        problems.setId("importer-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(Problem::file).setHeader(getTranslation("importer.column.file")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.line() > 0 ? Integer.toString(p.line()) : "").setHeader(getTranslation("importer.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::field).setHeader(getTranslation("importer.column.field")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::expected).setHeader(getTranslation("importer.column.expected")).setFlexGrow(3);
        problems.addColumn(Problem::found).setHeader(getTranslation("importer.column.found")).setFlexGrow(1);
        problems.setItems(rejected.report().problems().stream()
                .sorted(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::field))
                .toList());
        result.add(heading, problems);
    }

    private void showError(String message) {
        Paragraph error = new Paragraph(message);
        error.setId("importer-error");
        error.addClassName("importer-error");
        error.getElement().setAttribute("role", "alert");
        result.add(error);
    }
}
