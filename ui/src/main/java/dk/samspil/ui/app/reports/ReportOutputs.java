package dk.samspil.ui.app.reports;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StandardErrors;
import dk.samspil.ui.app.fieldwork.FieldworkProgress;
import dk.samspil.ui.app.release.WaveReleases;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;

/**
 * Every report and analysis as the command line prints it and the read API answers: one call to
 * {@link StudyReports} (which checks access and records person-level reads), then one rendering.
 */
@Service
public class ReportOutputs {

    private final StudyReports reports;
    private final StudyStories stories;
    private final WaveReleases releases;
    private final FieldworkProgress fieldwork;

    public ReportOutputs(StudyReports reports, StudyStories stories, WaveReleases releases, FieldworkProgress fieldwork) {
        this.reports = reports;
        this.stories = stories;
        this.releases = releases;
        this.fieldwork = fieldwork;
    }

    /** A wave's response so far per unit and group, its messages, and its relation cells' raters against k: counts only. */
    public ReportOutput fieldwork(ReportRequest request, String wave) {
        FieldworkProgress.Progress p = fieldwork.of(StudyId.of(request.study()), WaveKey.of(wave));
        Table units = new Table("unit", "invited", "answered", "answered %", "mails sent", "failed", "bounced", "uncertain");
        for (FieldworkProgress.Rate rate : p.units()) {
            FieldworkProgress.Messages m = p.messages().stream().filter(x -> x.unit().equals(rate.key())).findFirst()
                    .orElse(new FieldworkProgress.Messages(rate.key(), 0, 0, 0, 0));
            units.row(rate.key(), rate.invited(), rate.answered(), String.format(Locale.ROOT, "%.0f", rate.percent()), m.sent(), m.failed(),
                    m.bounced(), m.uncertain());
        }
        Table groups = new Table("group", "invited", "answered", "answered %");
        p.groups().forEach(rate -> groups.row(rate.key(), rate.invited(), rate.answered(), String.format(Locale.ROOT, "%.0f", rate.percent())));
        Table cells = new Table("rating group", "rated group", "raters", "k reached");
        p.cells().forEach(c -> cells.row(c.fromGroup(), c.toGroup(), c.raters(), c.reachedK() ? "yes" : "no, " + (c.k() - c.raters()) + " more"));
        String heading = String.format(Locale.ROOT, "Fieldwork: study %s, wave %s, k = %d: %d of %d links answered (%.0f %%); %d of %d relation cells have k raters",
                p.study(), p.wave(), p.k(), p.total().answered(), p.total().invited(), p.total().percent(),
                p.cells().stream().filter(FieldworkProgress.Cell::reachedK).count(), p.cells().size());
        return ReportOutput.of(p, heading, units, ReportOutput.section("Per group", groups), ReportOutput.section("Relation cells", cells));
    }

    /**
     * @param unit only respondents of this unit and the units below it; null: the whole study
     * @param by   a respondent attribute to break the matrix down by; null: none
     */
    public ReportOutput matrix(ReportRequest request, String wave, String instrument, String unit, String by) {
        return by == null ? ReportTables.matrix(reports.matrix(request, wave, instrument, unit), unit)
                : ReportTables.matrix(reports.matrix(request, wave, instrument, unit, by), unit);
    }

    /** @param by a respondent attribute to break the indices down by; null: none */
    public ReportOutput units(ReportRequest request, String wave, String instrument, String scope, String unit, String by) {
        return by == null ? ReportTables.units(reports.units(request, wave, instrument, scope, unit))
                : ReportTables.units(reports.units(request, wave, instrument, scope, unit, by));
    }

    /** @param by a respondent attribute to break the profile down by; null: none */
    public ReportOutput profile(ReportRequest request, String wave, String instrument, String rater, String target, String unit, String by) {
        return by == null ? ReportTables.profile(reports.profile(request, wave, instrument, rater, target, unit), rater, target, unit)
                : ReportTables.profile(reports.profile(request, wave, instrument, rater, target, unit, by), rater, target, unit);
    }

    public ReportOutput givenReceived(ReportRequest request, String wave, String instrument, String unit) {
        return ReportTables.givenReceived(reports.givenReceived(request, wave, instrument, unit), unit);
    }

    /** @param by a citizen attribute to break the outcome down by; null: none */
    public ReportOutput outcomes(ReportRequest request, String outcome, String unit, String by) {
        return by == null ? ReportTables.outcomes(reports.outcomes(request, outcome, unit))
                : ReportTables.outcomes(reports.outcomes(request, outcome, unit, by));
    }

    /** @param unit only this unit's periods; null: every unit's and those over every unit */
    public ReportOutput outcomePeriods(ReportRequest request, String outcome, String length, String unit) {
        return ReportTables.outcomePeriods(stories.periods(request, outcome, length), unit);
    }

    public ReportOutput timeline(ReportRequest request, String unit) {
        return ReportTables.timeline(reports.timeline(request, unit));
    }

    /** Person-level figures: the read is recorded in the history. */
    public ReportOutput caseMatrix(ReportRequest request, String wave, String instrument, List<String> cases) {
        return ReportTables.caseMatrix(reports.caseMatrix(request, wave, instrument, cases), cases);
    }

    /** @param by a respondent attribute to break the elasticity down by; null: none */
    public ReportOutput elasticity(ReportRequest request, String wave, String x, String y, String by) {
        return by == null ? AnalysisTables.elasticity(reports.elasticity(request, wave, x, y))
                : AnalysisTables.elasticity(reports.elasticity(request, wave, x, y, by));
    }

    /**
     * @param scope     null: between for a relational instrument, else all
     * @param estimator twfe (the regression) or cs (Callaway–Sant'Anna, whose control and se apply only to it)
     */
    public ReportOutput effect(ReportRequest request, String type, String outcome, String scope, String by, String estimator,
                               String control, String se) {
        if (estimator.equals("cs")) {
            if (by != null) {
                throw new IllegalArgumentException("a staggered effect (estimator cs) is not broken down by subgroup: leave out by");
            }
            return EffectTables.staggered(reports.staggeredEffect(request, type, outcome, scope,
                    StaggeredControl.parse(control == null ? "never" : control), StandardErrors.parse(se == null ? "influence" : se)));
        }
        if (!estimator.equals("twfe")) {
            throw new IllegalArgumentException("estimator is twfe or cs, was '" + estimator + "'");
        }
        if (control != null || se != null) {
            throw new IllegalArgumentException("control and se apply to estimator cs (Callaway-Sant'Anna) only");
        }
        return by == null ? AnalysisTables.effect(reports.effect(request, type, outcome, scope))
                : AnalysisTables.effect(reports.effect(request, type, outcome, scope, by));
    }

    /** @param by a respondent attribute to break the change down by; null: none */
    public ReportOutput change(ReportRequest request, String from, String to, String instrument, String unit, String scope, String by) {
        return by == null ? AnalysisTables.change(reports.change(request, from, to, instrument, unit, scope))
                : AnalysisTables.change(reports.change(request, from, to, instrument, unit, scope, by));
    }

    public ReportOutput relations(ReportRequest request, String wave, String instrument, Double threshold) {
        return AnalysisTables.relations(reports.relations(request, wave, instrument, threshold));
    }

    /** The newest events of the history, of one study or (null) all, newest first. */
    public ReportOutput log(String study, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be 1 or more, was " + limit);
        }
        return ReportTables.log(reports.log(study, limit), study);
    }

    /** @param by a citizen attribute to break the comparison down by; null: none */
    public ReportOutput outcomeShifts(ReportRequest request, String outcome, String type, int windowMonths, String by) {
        return by == null ? AnalysisTables.outcomeShifts(reports.outcomes(request, outcome, type, windowMonths))
                : AnalysisTables.outcomeShifts(reports.outcomes(request, outcome, type, windowMonths, by));
    }

    /** Releases the wave, or with {@code dryRun} only reviews what a release would show and withhold. */
    public ReportOutput release(ReportRequest request, String wave, boolean dryRun) {
        WaveReleases.Review review = dryRun ? releases.review(request.study(), wave) : releases.release(request.study(), wave);
        Table table = new Table("figure", "n", "withheld because");
        review.heldBack().forEach(w -> table.row(w.figure(), w.n(), w.reason()));
        review.secondary().forEach(w -> table.row(w.figure(), w.n(), w.reason()));
        String heading = String.format(Locale.ROOT, "%s: study %s, wave %s, %s position %d, k = %d (released waves: %s)%n"
                        + "%d figures shown, %d withheld below k, %d held back, %d withheld by secondary suppression",
                review.released() ? "Released" : "Release review (nothing recorded)", review.study(), wave,
                review.released() ? "release point at" : "after", review.released() ? review.position() : review.position() - 1, review.k(), String.join(", ", review.waves()),
                review.shown(), review.belowK(), review.heldBack().size(), review.secondary().size());
        return ReportOutput.of(review, heading, table);
    }
}
