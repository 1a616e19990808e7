package dk.samspil.ui.app.meeting;

import dk.samspil.projections.ReadModel;
import dk.samspil.projections.analysis.RelationFindings;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.reports.ReportDocument;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.ReportTexts;
import dk.samspil.reports.Stamp;
import dk.samspil.reports.pdf.PdfReport;
import dk.samspil.reports.pptx.PptxReport;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import dk.samspil.ui.app.reports.StudyStories;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report a programme manager takes to a meeting: a study (or a unit and the units below it) at one
 * moment, its figures through the same gate as every view, laid out once and written as PDF or PowerPoint.
 */
@Service
public class MeetingReports {

    private final StudyReports reports;
    private final StudyStories stories;
    private final ReadModel readModel;

    public MeetingReports(StudyReports reports, StudyStories stories, ReadModel readModel) {
        this.reports = reports;
        this.stories = stories;
        this.readModel = readModel;
    }

    /** The formats a report is written in. */
    public enum Format {
        PDF("pdf"), PPTX("pptx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * @param unit     only this unit and the units below it; null: the whole study
     * @param asOf     an event position or time, as everywhere; null: the latest
     * @param language da or en
     */
    public record Asked(String study, String unit, String asOf, String language, Format format) {
    }

    /** A report made: its bytes and the position its figures stand at. */
    public record Made(byte[] bytes, long position, String fileName) {
    }

    public Made make(Asked asked) {
        ReportTexts texts = ReportTexts.of(asked.language());
        ReportDocument document = document(asked, texts);
        byte[] bytes = switch (asked.format()) {
            case PDF -> new PdfReport().write(document, texts);
            case PPTX -> new PptxReport().write(document, texts);
        };
        String name = "samspil-" + asked.study() + (asked.unit() == null ? "" : "-" + asked.unit()) + "-" + document.stamp().position()
                + "-" + texts.language() + "." + asked.format().extension();
        return new Made(bytes, document.stamp().position(), name);
    }

    /** The report's pages, read at one moment through the user's gate. */
    ReportDocument document(Asked asked, ReportTexts texts) {
        ReportRequest request = new ReportRequest(asked.study(), asked.asOf(), null);
        StudySummary study = reports.study(request);
        List<StudySummary.Wave> answered = study.waves().stream().filter(w -> w.questionnaires() > 0).toList();
        if (answered.isEmpty()) {
            throw new IllegalArgumentException("study " + asked.study() + " has no answers yet, so no report");
        }
        RelationMatrix matrix = reports.matrix(request, answered.getLast().key(), Reading.RK, asked.unit()).matrix();
        long position = matrix.asOfPosition();
        Instant recordedAt = readModel.log().recordedAt(position).orElseThrow(() ->
                new IllegalStateException("the history has no event at position " + position));
        // every later figure at the matrix's position, so events arriving meanwhile change none of them
        Reading r = new Reading(reports, stories, new ReportRequest(asked.study(), Long.toString(position), null), study, answered,
                asked.unit(), matrix.k(), texts);
        Stamp stamp = new Stamp(study.study().value(), study.title(), asked.unit() == null ? null : r.unitName(asked.unit()), position,
                recordedAt, matrix.k(), study.instruments().stream().map(Object::toString).toList());
        RelationFindings findings = reports.relations(r.pinned(), r.latest().key(), Reading.RK, null);
        Timeline timeline = reports.timeline(r.pinned(), asked.unit());
        Optional<StudyStories.OutcomeStory> story = stories.outcome(r.pinned(), asked.unit());
        List<ReportPage> pages = new ArrayList<>();
        pages.add(RelationPages.matrix(r, matrix));
        pages.add(RelationPages.network(r, matrix, findings));
        pages.add(RelationPages.weakImportant(r, findings));
        pages.add(WavePages.profile(r));
        pages.add(WavePages.development(r));
        if (answered.size() >= 2) {
            pages.add(WavePages.change(r));
        }
        pages.addAll(StoryPages.timeline(r, timeline, story));
        story.ifPresent(s -> pages.add(StoryPages.outcomeStory(r, timeline, s)));
        pages.add(EffectPages.effects(r, timeline));
        pages.add(new ReportPage(texts.text("method.heading"), Optional.empty(), Optional.empty(), List.of(texts.text("method.rk"),
                texts.text("method.k", Integer.toString(matrix.k())),
                texts.text("method.moment", Long.toString(position), texts.dateTime(recordedAt)), texts.text("method.releases"))));
        return new ReportDocument(stamp, study.title(), study.sharedTask(), study.organisationName(), pages);
    }
}
