package dk.samspil.ui.app.meeting;

import dk.samspil.domain.export.MeetingReportMade;
import dk.samspil.domain.shared.StudyId;
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
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.ui.app.work.BackgroundWork;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The report a programme manager takes to a meeting: a study (or a unit and the units below it) at one
 * moment, its figures through the same gate as every view, laid out once and written as PDF or PowerPoint.
 */
@Service
public class MeetingReports {

    private final StudyReports reports;
    private final StudyStories stories;
    private final ReadModel readModel;
    private final Facts facts;

    public MeetingReports(StudyReports reports, StudyStories stories, ReadModel readModel, Facts facts) {
        this.reports = reports;
        this.stories = stories;
        this.readModel = readModel;
        this.facts = facts;
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

    /** A report made: its bytes, their SHA-256 as recorded, and the position its figures stand at. */
    public record Made(byte[] bytes, String sha256, long position, String fileName) {
    }

    /** The steps a report takes: reading the figures of each page, then writing the file. */
    public static final String READING = "figures";
    public static final String WRITING = "writing";
    private static final int STEPS = 10;

    /**
     * Makes the report and records that it was made (what it was computed from and its hash), as an export is recorded.
     *
     * @param requestedBy who asked, and where: "command line", or the user and "(web)"
     */
    public Made make(Asked asked, String requestedBy, BackgroundWork.Steps steps) {
        ReportTexts texts = ReportTexts.of(asked.language());
        // the slide library takes seconds to load in a fresh JVM: loaded on another core while the figures are read
        CompletableFuture<Void> slides = asked.format() == Format.PPTX ? CompletableFuture.runAsync(PptxReport::prepare)
                : CompletableFuture.completedFuture(null);
        ReportDocument document = document(asked, texts, steps);
        slides.join();
        steps.at(STEPS - 1, STEPS, WRITING);
        byte[] bytes = switch (asked.format()) {
            case PDF -> new PdfReport().write(document, texts);
            case PPTX -> new PptxReport().write(document, texts);
        };
        long position = document.stamp().position();
        String sha256 = sha256(bytes);
        facts.record(new MeetingReportMade(StudyId.of(asked.study()), asked.unit(), position, texts.language(), asked.format().extension(),
                sha256, requestedBy));
        steps.at(STEPS, STEPS, WRITING);
        String name = "samspil-" + asked.study() + (asked.unit() == null ? "" : "-" + asked.unit()) + "-" + position
                + "-" + texts.language() + "." + asked.format().extension();
        return new Made(bytes, sha256, position, name);
    }

    /** Writes the report beside {@code out} and moves it over it, so a reader never sees half a report. */
    public static void write(Made made, Path out) throws IOException {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out " + out + ": the folder " + folder + " does not exist");
        }
        Path partial = Files.createTempFile(folder, ".samspil-report-", ".part");
        Files.write(partial, made.bytes());
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The report's pages, read at one moment through the user's gate. */
    ReportDocument document(Asked asked, ReportTexts texts, BackgroundWork.Steps steps) {
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
        steps.at(0, STEPS, READING);
        RelationFindings findings = reports.relations(r.pinned(), r.latest().key(), Reading.RK, null);
        Timeline timeline = reports.timeline(r.pinned(), asked.unit());
        Optional<StudyStories.OutcomeStory> story = stories.outcome(r.pinned(), asked.unit());
        List<ReportPage> pages = new ArrayList<>();
        steps.at(1, STEPS, READING);
        pages.add(RelationPages.matrix(r, matrix));
        pages.add(RelationPages.network(r, matrix, findings));
        pages.add(RelationPages.weakImportant(r, findings));
        steps.at(3, STEPS, READING);
        pages.add(WavePages.profile(r));
        steps.at(4, STEPS, READING);
        pages.add(WavePages.development(r));
        steps.at(5, STEPS, READING);
        if (answered.size() >= 2) {
            pages.add(WavePages.change(r));
        }
        steps.at(6, STEPS, READING);
        pages.addAll(StoryPages.timeline(r, timeline, story));
        story.ifPresent(s -> pages.add(StoryPages.outcomeStory(r, timeline, s)));
        steps.at(7, STEPS, READING);
        pages.add(EffectPages.effects(r, timeline));
        pages.add(new ReportPage(texts.text("method.heading"), Optional.empty(), Optional.empty(), List.of(texts.text("method.rk"),
                texts.text("method.k", Integer.toString(matrix.k())),
                texts.text("method.moment", Long.toString(position), texts.dateTime(recordedAt)), texts.text("method.releases"))));
        return new ReportDocument(stamp, study.title(), study.sharedTask(), study.organisationName(), pages);
    }
}
