package dk.samspil.ui.web.export;

import dk.samspil.ui.app.export.ExportService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.exports.ExportManifest;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.shell.WorkProgress;
import dk.samspil.ui.app.work.BackgroundWork;
import dk.samspil.domain.access.AccessPolicy;
import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.samspil.ui.web.shell.ViewState;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A research export for an academic partner: pick study, partner, moment and k, then download the
 * export as a .zip and see manifest.json's files with their row counts and checksums.
 */
@Route(value = "export", layout = MainLayout.class)
@Menu(title = "export.menu", order = 10)
@StyleSheet("styles/export.css")
@RolesAllowed({"ADMIN", "RESEARCHER"})
public class ExportView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(ExportView.class);

    private final ExportService service;
    private final BackgroundWork work;
    private final WorkProgress progress = new WorkProgress("export-progress",
            at -> getTranslation("export.step." + at.step(), Integer.toString(at.done()), Integer.toString(at.total())));
    private ViewState state = new ViewState(null, null);
    private ExportService.Made made;
    private Grid<PastExport> past;
    private Locale renderedIn;

    public ExportView(ExportService service, BackgroundWork work) {
        this.service = service;
        this.work = work;
        addClassName("export-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ViewState.of(event.getLocation().getQueryParameters());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!event.getLocale().equals(renderedIn)) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        render();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        forget();
    }

    private void render() {
        renderedIn = getLocale();
        removeAll();
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")));
        List<StudySummary.Named> studies = service.studies();
        if (studies.isEmpty()) {
            add(new Paragraph(getTranslation("export.empty")));
            return;
        }
        Select<StudySummary.Named> study = new Select<>();
        study.setId("export-study");
        study.setLabel(getTranslation("export.field.study"));
        study.setItems(studies);
        study.setItemLabelGenerator(s -> s.name() + " (" + s.key() + ")");
        study.setValue(studies.stream().filter(s -> s.key().equals(state.study())).findFirst().orElse(studies.getFirst()));
        TextField partner = new TextField(getTranslation("export.field.partner"));
        partner.setId("export-partner");
        TextField asOf = new TextField(getTranslation("export.field.asOf"));
        asOf.setId("export-as-of");
        asOf.setValue(state.asOf() == null ? "" : state.asOf());
        IntegerField k = new IntegerField(getTranslation("export.field.k"));
        k.setId("export-k");
        k.setMin(service.minimumK());
        k.setStepButtonsVisible(true);
        k.setValue(service.minimumK());
        k.setHelperText(getTranslation("export.field.k.help", Integer.toString(service.minimumK())));
        FormLayout form = new FormLayout(study, partner, asOf, k);
        form.addClassName("export-form");
        Div result = new Div();
        result.setId("export-result");
        Button create = new Button(getTranslation("export.submit"),
                click -> create(study.getValue(), partner, asOf, k, result));
        create.setId("export-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, create, progress, result);
        if (made != null) {
            show(made, result);
        }
        past = pastExports(StudyId.of(study.getValue().key()), result);
        add(new H3(getTranslation("export.past")), new Paragraph(getTranslation("export.past.intro")), past);
    }

    /** Every export of the study the history recorded, each can be made again and compared with the recorded hash. */
    private Grid<PastExport> pastExports(StudyId study, Div result) {
        Grid<PastExport> past = new Grid<>();
        // every study's exports are listed for the study chosen above
        past.setId("export-past");
        past.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        past.setAllRowsVisible(true);
        DateTimeFormatter recorded = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        past.addColumn(p -> recorded.format(p.recordedAt().atZone(ZoneId.of("Europe/Copenhagen"))))
                .setHeader(getTranslation("export.past.when")).setAutoWidth(true).setFlexGrow(0);
        past.addColumn(PastExport::partner).setHeader(getTranslation("export.field.partner")).setAutoWidth(true).setFlexGrow(0);
        past.addColumn(PastExport::asOfPosition).setHeader(getTranslation("export.past.asOf")).setAutoWidth(true).setFlexGrow(0);
        past.addColumn(PastExport::k).setHeader("k").setAutoWidth(true).setFlexGrow(0);
        past.addColumn(PastExport::requestedBy).setHeader(getTranslation("export.past.by")).setAutoWidth(true).setFlexGrow(0);
        past.addColumn(p -> p.manifestSha256().substring(0, 16) + "…").setHeader(getTranslation("export.past.manifest")).setFlexGrow(1);
        past.addComponentColumn(p -> {
            Button again = new Button(getTranslation("export.past.again"), click -> recreate(p, result));
            again.setId("export-again-" + p.position());
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return again;
        }).setAutoWidth(true).setFlexGrow(0);
        past.setItems(service.past(study));
        return past;
    }

    /** Made again in the background, as a new export is. */
    private void recreate(PastExport recorded, Div result) {
        result.removeAll();
        progress.watch(UI.getCurrent(), work.start(ExportService.READING, steps -> service.recreate(recorded, steps)), (next, error) -> {
            if (error != null) {
                failed(error, result);
                return;
            }
            forget();
            made = next;
            render();
        });
    }

    private void failed(Throwable error, Div result) {
        String reason = error instanceof IOException || error instanceof IllegalArgumentException || error instanceof IllegalStateException
                || error instanceof AccessPolicy.AccessDenied ? error.getMessage() : getTranslation("export.unexpected");
        if (reason.equals(getTranslation("export.unexpected"))) {
            LOG.error("a research export failed", error);
        }
        Paragraph failed = new Paragraph(getTranslation("export.failed", reason));
        failed.setId("export-error");
        failed.addClassName("export-error");
        failed.getElement().setAttribute("role", "alert");
        result.removeAll();
        result.add(failed);
    }

    private void create(StudySummary.Named study, TextField partner, TextField asOfField, IntegerField kField, Div result) {
        List.of(partner, asOfField).forEach(f -> f.setInvalid(false));
        kField.setInvalid(false);
        String partnerKey = partner.getValue().strip();
        boolean valid = true;
        if (partnerKey.isEmpty() || !Keys.isValid(partnerKey)) {
            invalid(partner, getTranslation(partnerKey.isEmpty() ? "export.required" : "export.badPartner"));
            valid = false;
        }
        AsOf.Position position = null;
        try {
            long at = service.resolve(AsOf.parse(asOfField.getValue().isBlank() ? null : asOfField.getValue().strip()));
            if (at < 0) {
                invalid(asOfField, getTranslation("export.beforeHistory"));
                valid = false;
            } else {
                position = new AsOf.Position(at);
            }
        } catch (IllegalArgumentException e) {
            invalid(asOfField, getTranslation("export.badAsOf"));
            valid = false;
        }
        Integer k = kField.getValue();
        if (k == null || k < service.minimumK()) {
            kField.setErrorMessage(getTranslation(k == null ? "export.required" : "export.kTooLow", Integer.toString(service.minimumK())));
            kField.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        result.removeAll();
        AsOf.Position at = position;
        // written in the background: the page shows its steps and stays live
        progress.watch(UI.getCurrent(), work.start(ExportService.READING, steps -> service.export(StudyId.of(study.key()),
                PartnerId.of(partnerKey), at, k, steps)), (next, error) -> {
            if (error != null) {
                failed(error, result);
                return;
            }
            forget();
            made = next;
            show(made, result);
            // the new export is in the history now
            if (past != null) {
                past.setItems(service.past(StudyId.of(study.key())));
            }
        });
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void show(ExportService.Made export, Div result) {
        result.removeAll();
        ExportManifest manifest = export.manifest();
        // a made-again export says first whether it is the recorded one
        Paragraph summary = new Paragraph(getTranslation("export.made", manifest.study(), manifest.partner(),
                Long.toString(manifest.asOfPosition()), Integer.toString(manifest.k())));
        summary.setId("export-made");
        if (export.sameAsRecorded() != null) {
            Paragraph same = new Paragraph(getTranslation(export.sameAsRecorded() ? "export.same" : "export.notSame", export.manifestSha256()));
            same.setId("export-same");
            result.add(same);
        }
        Anchor download = new Anchor(DownloadHandler.forFile(export.zip().toFile(), export.zip().getFileName().toString()),
                getTranslation("export.download"));
        download.setId("export-download");
        download.setDownload(true);
        download.addClassName("export-download");
        Grid<ExportManifest.ExportedFile> files = new Grid<>();
        files.setId("export-files");
        files.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        files.setAllRowsVisible(true);
        files.addColumn(ExportManifest.ExportedFile::name).setHeader(getTranslation("export.column.name")).setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> String.format(getLocale(), "%,d", f.rows())).setHeader(getTranslation("export.column.rows"))
                .setAutoWidth(true).setFlexGrow(0);
        files.addColumn(ExportManifest.ExportedFile::sha256).setHeader(getTranslation("export.column.sha256"))
                .setPartNameGenerator(f -> "export-sha").setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> f.description() == null ? "" : f.description()).setHeader(getTranslation("export.column.description")).setFlexGrow(1);
        files.setItems(manifest.files());
        result.add(summary, download, new H3(getTranslation("export.files")), files);
    }

    /** The previous export's temporary files go when a new one is made or the page is left. */
    private void forget() {
        if (made != null) {
            made.delete();
            made = null;
        }
    }
}
