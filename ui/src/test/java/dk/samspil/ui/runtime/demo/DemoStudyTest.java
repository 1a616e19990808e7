package dk.samspil.ui.runtime.demo;

import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.domain.study.ReleaseWave;
import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndices;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ./samspil demo's study is rich enough to show every view: what the UI issue asks of it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")
class DemoStudyTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("samspil.data", () -> data.toString());
    }

    @Autowired
    BundleImporter importer;
    @Autowired
    ReadModelSync sync;
    @Autowired
    ReadModel readModel;
    @Autowired
    CommandGateway commands;

    @Test
    void the_demo_has_groups_units_waves_all_intervention_kinds_changes_outcomes_milestones_and_a_correction() throws Exception {
        List<ImportSummary> loaded = DemoStudy.load(importer);
        sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        StudyId demo = StudyId.of(DemoStudy.STUDY);

        assertThat(loaded.getLast().questionnaires().corrected()).as("the second import corrects one answer").isEqualTo(1);
        StudySummary study = readModel.catalog().study(demo, AsOf.LATEST).orElseThrow();
        assertThat(study.groups()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(study.units()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(study.waves()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(w -> assertThat(w.questionnaires()).isPositive());
        assertThat(ChronoUnit.MONTHS.between(study.waves().getFirst().opensOn(), study.waves().getLast().closesOn()))
                .isGreaterThanOrEqualTo(18);

        Timeline timeline = readModel.timeline().timeline(demo, AsOf.LATEST);
        assertThat(timeline.interventions()).extracting(Timeline.Intervention::type)
                .contains("raadgivende_team", "handleteam", "proevehandling");
        assertThat(timeline.changes()).isNotEmpty();
        assertThat(timeline.milestones()).isNotEmpty();
        assertThat(readModel.outcomes().outcomes(demo)).isNotEmpty();
        assertThat(readModel.log().newest(demo, 100_000)).extracting(LoggedEvent::type).contains("SubmissionCorrected");

        // the comparisons a programme manager reads: leaders rate collaboration above their staff in every unit, and
        // citizens with few resources wait longer for help
        WaveKey first = WaveKey.of(study.waves().getFirst().key());
        InstrumentRef rk = InstrumentRef.parse("rk@1");
        List<UnitIndices.UnitIndex> leaders = readModel.units().indices(demo, first, rk, Scope.BETWEEN, AsOf.LATEST, FigureGate.open(5),
                new Subgroup("stilling", "leder")).units();
        List<UnitIndices.UnitIndex> staff = readModel.units().indices(demo, first, rk, Scope.BETWEEN, AsOf.LATEST, FigureGate.open(5),
                new Subgroup("stilling", "medarbejder")).units();
        assertThat(leaders).as("every district, none withheld").hasSize(study.units().size() - 1).noneMatch(UnitIndices.UnitIndex::suppressed);
        assertThat(staff).extracting(UnitIndices.UnitIndex::unit).isEqualTo(leaders.stream().map(UnitIndices.UnitIndex::unit).toList());
        for (int u = 0; u < leaders.size(); u++) {
            assertThat(leaders.get(u).mean()).as("leaders over staff in %s", leaders.get(u).unit()).isGreaterThan(staff.get(u).mean() + 0.2);
        }
        assertThat(waits(demo, "faa")).as("few resources wait longer than many").isGreaterThan(waits(demo, "mange") + 1.0);
        assertThat(study.silos()).as("every group in a silo").containsOnlyKeys(study.groups().stream().map(StudySummary.Named::key).toList());

        // released, the 18-month story shows: every unit's quarters, and each handleteam's units waiting visibly less after it
        study.waves().forEach(w -> commands.sendAndWait(new ReleaseWave(demo, WaveKey.of(w.key()), "demo")));
        sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        ReleasePoint point = readModel.releases().points(demo).getLast();
        FigureGate released = readModel.releases().gate(demo, point, 5);
        AsOf at = new AsOf.Position(point.position());
        String wait = "months_from_concern_to_help";
        OutcomePeriods quarters = readModel.outcomes().periods(demo, wait, PeriodLength.QUARTER, at, released);
        for (StudySummary.Named unit : study.units().subList(1, study.units().size())) {
            List<OutcomePeriods.Period> shown = quarters.of(unit.key());
            assertThat(shown.subList(0, shown.size() - 1)).as("%s's quarters but the last, cut short by the last close", unit.key())
                    .hasSizeGreaterThanOrEqualTo(6).allMatch(OutcomePeriods.Period::shown);
        }
        List<OutcomeWindow> windows = readModel.outcomes().windows(demo, wait, OutcomeSeriesQuery.WINDOW_MONTHS, at, released).stream()
                .filter(w -> w.intervention().startsWith("ht-")).toList();
        assertThat(windows).hasSize(3).allSatisfy(w -> {
            assertThat(w.before().mean()).as("%s before", w.intervention()).isNotNull();
            assertThat(w.after().mean()).as("%s after", w.intervention()).isNotNull();
            assertThat(w.difference().ciHigh()).as("%s: the CI of after - before lies below zero", w.intervention()).isLessThan(0);
        });
    }

    /** The mean wait from concern to help over every month shown of the citizens with that resource level. */
    private double waits(StudyId demo, String resources) {
        return readModel.outcomes().monthly(demo, "months_from_concern_to_help", AsOf.LATEST, FigureGate.open(1),
                new Subgroup("ressourcer", resources)).months().stream().filter(m -> m.mean() != null)
                .mapToDouble(m -> m.mean() * m.n()).sum()
                / readModel.outcomes().monthly(demo, "months_from_concern_to_help", AsOf.LATEST, FigureGate.open(1),
                new Subgroup("ressourcer", resources)).months().stream().filter(m -> m.mean() != null).mapToInt(OutcomeMonths.Month::n).sum();
    }
}
