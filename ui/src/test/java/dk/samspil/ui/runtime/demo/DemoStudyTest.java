package dk.samspil.ui.runtime.demo;

import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
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
    }
}
