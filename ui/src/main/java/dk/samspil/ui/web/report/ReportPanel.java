package dk.samspil.ui.web.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.ui.app.meeting.MeetingReportJobs;
import dk.samspil.ui.app.meeting.MeetingReports;
import dk.samspil.ui.web.shell.WorkProgress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * "Rapport" on a page: the meeting report of what the page shows (its study, unit and position), as PDF or
 * PowerPoint, in Danish or English, made in the background while the page shows how far it has come, then
 * downloaded. Each report made is recorded in the history with its hash.
 */
public class ReportPanel extends Details {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPanel.class);

    private final MeetingReportJobs jobs;
    private final String study;
    private final String unit;
    private final long position;
    private final Div result = new Div();
    private final WorkProgress progress = new WorkProgress("report-progress",
            at -> getTranslation("report.step." + at.step(), Integer.toString(at.done()), Integer.toString(at.total())));
    private final Button make = new Button();

    /** @param unit null: the whole study */
    public ReportPanel(MeetingReportJobs jobs, String study, String unit, long position) {
        this.jobs = jobs;
        this.study = study;
        this.unit = unit;
        this.position = position;
        setId("report-panel");
        addClassName("report-panel");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (getContent().findAny().isPresent()) {
            return;
        }
        setSummaryText(getTranslation("report.summary"));
        RadioButtonGroup<MeetingReports.Format> format = new RadioButtonGroup<>(getTranslation("report.format"));
        format.setId("report-format");
        format.setItems(MeetingReports.Format.values());
        format.setItemLabelGenerator(f -> getTranslation("report.format." + f.extension()));
        format.setValue(MeetingReports.Format.PDF);
        Select<String> language = new Select<>();
        language.setId("report-language");
        language.setLabel(getTranslation("report.language"));
        language.setItems(List.of("da", "en"));
        language.setItemLabelGenerator(l -> getTranslation("report.language." + l));
        language.setValue(getLocale().getLanguage().equals("en") ? "en" : "da");
        make.setText(getTranslation("report.make"));
        make.setId("report-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(click -> start(format.getValue(), language.getValue(), attach.getUI()));
        result.setId("report-result");
        Paragraph what = new Paragraph(getTranslation("report.what", Long.toString(position)));
        HorizontalLayout choices = new HorizontalLayout(format, language);
        choices.setWrap(true);
        add(what, choices, make, progress, result);
    }

    private void start(MeetingReports.Format format, String language, UI ui) {
        result.removeAll();
        make.setEnabled(false);
        // the report is made and recorded even if the page is left meanwhile; only the watching stops
        progress.watch(ui, jobs.start(new MeetingReports.Asked(study, unit, Long.toString(position), language, format)), this::finish);
    }

    private void finish(MeetingReports.Made made, Throwable cause) {
        make.setEnabled(true);
        if (cause != null) {
            if (!(cause instanceof AccessPolicy.AccessDenied || cause instanceof IllegalArgumentException)) {
                LOG.error("the meeting report of study {} at position {} failed", study, position, cause);
            }
            String reason = cause instanceof AccessPolicy.AccessDenied || cause instanceof IllegalArgumentException ? cause.getMessage()
                    : getTranslation("report.unexpected");
            Paragraph failed = new Paragraph(getTranslation("report.failed", reason));
            failed.setId("report-error");
            failed.getElement().setAttribute("role", "alert");
            result.add(failed);
            return;
        }
        String type = made.fileName().endsWith(".pdf") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        byte[] bytes = made.bytes();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                made.fileName(), type, bytes.length)), getTranslation("report.download", made.fileName()));
        download.setId("report-download");
        download.setDownload(true);
        Paragraph summary = new Paragraph(getTranslation("report.made", Long.toString(made.position()), made.sha256()));
        summary.setId("report-made");
        result.add(download, summary);
    }
}
