package dk.samspil.ui.app.replay;

import dk.samspil.ui.web.matrix.ReadModelReports;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.submission.RetractSubmission;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.storage.DataDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rebuild while the application serves: every answer during the rebuild is the complete read
 * model of before, the rebuilt one takes over with the same figures, and new events land in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")
class OnlineRebuildTest {

    private static final StudyId MINI = StudyId.of("mini");

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
    OnlineRebuild rebuild;
    @Autowired
    CommandGateway commands;
    @Autowired
    DataDirectory directory;
    @Autowired
    EventLogQuery log;

    @Test
    void the_application_serves_the_whole_old_read_model_until_the_rebuilt_one_takes_over() throws Exception {
        importer.importBundle(Path.of(getClass().getResource("/samples/mini").toURI()), ImportProgress.SILENT);
        sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        Map<String, Object> served = ReadModelReports.all(readModel, MINI, AsOf.LATEST);
        Path before = readModel.store().file();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (rebuilding.get()) {
                try {
                    if (!ReadModelReports.all(readModel, MINI, AsOf.LATEST).equals(served)) {
                        wrong.compareAndSet(null, "answer " + answered.get() + " differed from the read model before the rebuild");
                    }
                } catch (RuntimeException e) {
                    wrong.compareAndSet(null, "answer " + answered.get() + " failed: " + e);
                }
                answered.incrementAndGet();
            }
        });
        RebuildStatus started = rebuild.start();
        assertThat(started.state()).isEqualTo(RebuildStatus.State.REBUILDING);
        assertThatThrownBy(rebuild::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
        RebuildStatus done = awaitFinished();
        rebuilding.set(false);
        reader.join();

        assertThat(wrong.get()).isNull();
        assertThat(answered.get()).as("answers during the rebuild").isPositive();
        assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(RebuildStatus.State.DONE);
        assertThat(done.events()).isEqualTo(log.count(null)).isEqualTo(done.head());
        assertThat(readModel.store().file()).isNotEqualTo(before).isEqualTo(directory.readModel());
        assertThat(before).doesNotExist();
        assertThat(ReadModelReports.all(readModel, MINI, AsOf.LATEST)).isEqualTo(served);

        commands.sendAndWait(new RetractSubmission(someSubmission(), "answered for the wrong unit"));
        assertThat(sync.awaitCaughtUp(Duration.ofMinutes(1), at -> { })).isEqualTo(sync.head());
        assertThat(ReadModelReports.all(readModel, MINI, AsOf.LATEST)).as("the new event is in the rebuilt read model").isNotEqualTo(served);
        assertThat(Files.list(data).map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".duckdb")))
                .containsExactly(readModel.store().file().getFileName().toString());
    }

    private RebuildStatus awaitFinished() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!rebuild.status().state().finished()) {
            assertThat(System.nanoTime()).as("rebuild finished in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        return rebuild.status();
    }

    private SubmissionId someSubmission() throws java.sql.SQLException {
        try (var c = readModel.store().connection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT submission_id FROM submission WHERE wave = 'w3' AND instrument = 'rk@1' ORDER BY recorded_pos LIMIT 1")) {
            r.next();
            return SubmissionId.parse(r.getString(1));
        }
    }
}
