package dk.samspil.ui.web.matrix;

import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.submission.RetractSubmission;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --as-of P answers exactly what a read model built from the events up to P holds: for positions
 * in the structure, among the questionnaires, just before a correction, between corrections, after
 * a retraction, and at the head.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")
class AsOfEquivalenceTest {

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
    EventStore events;
    @Autowired
    CommandGateway commands;
    @Autowired
    PersonVault vault;
    @Autowired
    Serializer serializer;

    @Test
    void every_report_as_of_a_position_equals_a_rebuild_stopped_there() throws Exception {
        importer.importBundle(sample(), ImportProgress.SILENT);
        long imported = sync.head();
        importer.importBundle(changed(), ImportProgress.SILENT);
        long corrected = sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        SubmissionId retracted = someSubmission();
        commands.sendAndWait(new RetractSubmission(retracted, "answered for the wrong unit"));
        long head = sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });

        List<Long> positions = List.of(40L, 81L, 600L, 1500L, imported, imported + 1, imported + 2, corrected, head);
        for (long position : positions) {
            try (ReadModel rebuilt = ReadModel.open(null, vault, serializer)) {
                replayUpTo(position, rebuilt);
                assertThat(ReadModelReports.all(rebuilt, MINI, AsOf.LATEST)).as("reports at position " + position)
                        .isEqualTo(ReadModelReports.all(readModel, MINI, new AsOf.Position(position)));
            }
        }
        assertThat(ReadModelReports.all(readModel, MINI, new AsOf.Position(imported))).isNotEqualTo(ReadModelReports.all(readModel, MINI, AsOf.LATEST));
        assertThat(readModel.matrices().matrix(MINI, WaveKey.of("w0"), InstrumentRef.parse("rk@1"), new AsOf.Position(imported), FigureGate.open(5))
                .cells()).as("the compared figures are not empty").hasSize(64);
    }

    /** Feeds the events up to a position to a fresh read model, in batches, as the processor would. */
    private void replayUpTo(long last, ReadModel model) throws Exception {
        List<AnnotationEventHandlerAdapter> handlers = model.handlers().stream().map(AnnotationEventHandlerAdapter::new).toList();
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        try (var stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.trackingToken().position().orElseThrow() > last) {
                    break;
                }
                batch.add(event);
                if (batch.size() == 500) {
                    deliver(batch, handlers);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            deliver(batch, handlers);
        }
        model.batches().drain();
    }

    private static void deliver(List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(batch.getFirst());
        unitOfWork.execute(() -> {
            for (TrackedEventMessage<?> message : batch) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    try {
                        if (handler.canHandle(message)) {
                            handler.handle(message);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        });
        if (unitOfWork.getExecutionResult() != null && unitOfWork.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException(unitOfWork.getExecutionResult().getExceptionResult());
        }
    }

    private SubmissionId someSubmission() throws java.sql.SQLException {
        try (var c = readModel.store().connection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT submission_id FROM submission WHERE wave = 'w3' AND instrument = 'rk@1' ORDER BY recorded_pos LIMIT 1")) {
            r.next();
            return SubmissionId.parse(r.getString(1));
        }
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(AsOfEquivalenceTest.class.getResource("/samples/mini").toURI());
    }

    /** The mini bundle with three scores changed, an outcome value corrected and an intervention ended. */
    private static Path changed() throws IOException, URISyntaxException {
        Path copy = Files.createTempDirectory(data, "changed");
        try (var files = Files.list(sample())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        List<String> responses = new ArrayList<>(Files.readAllLines(copy.resolve("responses.csv")));
        for (int line : new int[]{1, 2000, 40000}) {
            String[] f = responses.get(line).split(",", -1);
            f[9] = f[9].isEmpty() || f[9].equals("1") ? "2" : "1";
            responses.set(line, String.join(",", f));
        }
        Files.write(copy.resolve("responses.csv"), responses);
        List<String> outcomes = new ArrayList<>(Files.readAllLines(copy.resolve("outcomes.csv")));
        String[] o = outcomes.get(5).split(",", -1);
        o[4] = "3.25";
        outcomes.set(5, String.join(",", o));
        Files.write(copy.resolve("outcomes.csv"), outcomes);
        Files.writeString(copy.resolve("interventions.csv"), Files.readString(copy.resolve("interventions.csv"))
                .replace("2023-10-02,\nht-d05", "2023-10-02,2024-03-31\nht-d05"));
        return copy;
    }
}
