package dk.samspil.ui.runtime.storage;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event store's appends as several writers meet them on PostgreSQL (and H2): a long import with
 * questionnaires committed meanwhile, and two writers on one aggregate.
 */
class EventAppendsTest {

    /** Lowered from Axon's 10,000 so that a compact import shows the skip (issue 18). */
    private static final int MAX_GAP_OFFSET = 1_000;
    private static final int IMPORT_EVENTS = 25_000;

    private static EmbeddedPostgres postgres;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    /** Closed before PostgreSQL stops: an open pool would keep trying to reconnect, and print so into later tests' output. */
    private final List<HikariDataSource> pools = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    record Appended(String id) {
    }

    @Test
    void a_long_import_with_questionnaires_committed_meanwhile_skips_nothing_on_postgresql() throws Exception {
        Run run = importWithSubmissionsMeanwhile(database("serialised"), true);
        assertThat(run.seen()).as("every stored event reached the reader").containsExactlyInAnyOrderElementsOf(run.stored());
        assertThat(run.stored()).hasSizeGreaterThan(IMPORT_EVENTS);
    }

    @Test
    void a_long_import_with_questionnaires_committed_meanwhile_skips_nothing_on_h2() throws Exception {
        HikariDataSource h2 = new HikariDataSource();
        pools.add(h2);
        h2.setJdbcUrl("jdbc:h2:file:" + folder.resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=600000");
        try (h2) {
            Run run = importWithSubmissionsMeanwhile(h2, true);
            assertThat(run.seen()).containsExactlyInAnyOrderElementsOf(run.stored());
        }
    }

    /** The failure the serialised appends remove: proves the scenario above reproduces it. */
    @Test
    void without_serialised_appends_the_reader_skips_the_import_for_good() throws Exception {
        Run run = importWithSubmissionsMeanwhile(database("unserialised"), false);
        assertThat(run.stored()).hasSizeGreaterThan(IMPORT_EVENTS);
        assertThat(run.stored().size() - run.seen().size()).as("events skipped").isGreaterThan(IMPORT_EVENTS / 2);
    }

    @Test
    void two_writers_on_one_aggregate_on_postgresql_the_second_gets_a_concurrency_exception() throws Exception {
        DataSource db = database("conflict");
        Stack stack = Stack.on(db, true);
        stack.transactions.executeWithoutResult(status -> stack.engine.appendEvents(event("study-1", 0)));
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch secondTrying = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = writers.submit(() -> stack.transactions.executeWithoutResult(status -> {
                stack.engine.appendEvents(event("study-1", 1));
                firstAppended.countDown();
                await(secondTrying);
                sleep(300);
            }));
            await(firstAppended);
            Future<?> second = writers.submit(() -> stack.transactions.executeWithoutResult(status -> {
                secondTrying.countDown();
                stack.engine.appendEvents(event("study-1", 1));
            }));
            first.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(ConcurrencyException.class);
        } finally {
            writers.shutdownNow();
        }
        assertThat(rows(db)).isEqualTo(2);
        stack.transactions.executeWithoutResult(status -> stack.engine.appendEvents(event("study-1", 2)));
        assertThat(rows(db)).as("the retried command goes on from the stored sequence").isEqualTo(3);
    }

    private Run importWithSubmissionsMeanwhile(DataSource db, boolean serialised) throws Exception {
        Stack stack = Stack.on(db, serialised);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        TrackingEventProcessor reader = TrackingEventProcessor.builder()
                .name("reader")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                    @EventHandler
                    void on(Appended event) {
                        seen.add(event.id());
                    }
                }).build())
                .messageSource(EmbeddedEventStore.builder().storageEngine(stack.engine).optimizeEventConsumption(false).build())
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(1000).andEventAvailabilityTimeout(50, TimeUnit.MILLISECONDS))
                .build();
        reader.start();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        CountDownLatch importing = new CountDownLatch(1);
        AtomicBoolean importDone = new AtomicBoolean();
        try {
            Future<?> bundle = writers.submit(() -> stack.transactions.executeWithoutResult(status -> {
                for (int batch = 0; batch < IMPORT_EVENTS / 1000; batch++) {
                    List<GenericDomainEventMessage<Appended>> events = new ArrayList<>();
                    for (int i = 0; i < 1000; i++) {
                        events.add(event("import-" + (batch * 1000 + i), 0));
                    }
                    stack.engine.appendEvents(events);
                    importing.countDown();
                    sleep(100);
                }
                importDone.set(true);
            }));
            // a questionnaire every 100 ms from another writer, while the import runs and a little after
            Future<?> questionnaires = writers.submit(() -> {
                await(importing);
                for (int n = 0; !importDone.get() || n < 40; n++) {
                    String id = "web-" + n;
                    stack.transactions.executeWithoutResult(status -> stack.engine.appendEvents(event(id, 0)));
                    sleep(100);
                }
            });
            bundle.get(2, TimeUnit.MINUTES);
            questionnaires.get(2, TimeUnit.MINUTES);
            Set<String> stored = stored(db);
            long head = stack.engine.createHeadToken().position().orElseThrow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // the reader has passed the newest event: whatever it has not seen by now it has skipped
            while (position(reader) < head && System.nanoTime() < deadline) {
                sleep(50);
            }
            return new Run(stored, Set.copyOf(seen));
        } finally {
            writers.shutdownNow();
            reader.shutDown();
        }
    }

    private static long position(TrackingEventProcessor reader) {
        var status = reader.processingStatus().get(0);
        return status == null ? -1 : status.getCurrentPosition().orElse(-1);
    }

    record Run(Set<String> stored, Set<String> seen) {
    }

    /** One node's writing side, wired as AxonConfiguration wires it. */
    private record Stack(EventStorageEngine engine, TransactionTemplate transactions) {
        static Stack on(DataSource db, boolean serialised) throws Exception {
            EventStoreSchema.ensure(db);
            DataSourceTransactionManager spring = new DataSourceTransactionManager(db);
            SpringTransactionManager axon = new SpringTransactionManager(spring);
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
            EventStorageEngine engine = JdbcEvents.engine(serializer, serializer, NoOpEventUpcaster.INSTANCE,
                    new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(db)), axon, 1000,
                    new JdbcEvents.Gaps(MAX_GAP_OFFSET, 60_000, serialised));
            return new Stack(engine, new TransactionTemplate(spring));
        }
    }

    private DataSource database(String name) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        HikariDataSource db = new HikariDataSource();
        pools.add(db);
        db.setJdbcUrl(postgres.getJdbcUrl("postgres", name));
        db.setUsername("postgres");
        db.setPassword("postgres");
        db.setMaximumPoolSize(4);
        return db;
    }

    private static Set<String> stored(DataSource db) throws Exception {
        Set<String> ids = new java.util.HashSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT aggregateIdentifier FROM DomainEventEntry")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static long rows(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM DomainEventEntry")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static GenericDomainEventMessage<Appended> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new Appended(aggregate));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("waited a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
