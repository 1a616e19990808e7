package dk.samspil.ui.runtime.storage;

import dk.samspil.ui.app.questionnaire.SettableClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets in the database: a burst, then one request per 1/rate seconds, counted alike by every node on it. */
class RequestBucketsTest {

    private static final String TOKEN = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void a_burst_then_the_rate_and_the_wait_is_said() throws Exception {
        RequestBuckets buckets = new RequestBuckets(database("burst"), clock, 10, 20);
        for (int i = 0; i < 20; i++) {
            assertThat(buckets.take(TOKEN).allowed()).as("request %d of the burst", i + 1).isTrue();
        }
        RequestBuckets.Decision refused = buckets.take(TOKEN);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(100));
        assertThat(buckets.take(OTHER).allowed()).as("each bucket its own").isTrue();

        clock.set(clock.instant().plusMillis(100));
        assertThat(buckets.take(TOKEN).allowed()).isTrue();
        assertThat(buckets.take(TOKEN).allowed()).isFalse();
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        int allowed = 0;
        while (buckets.take(TOKEN).allowed()) {
            allowed++;
        }
        assertThat(allowed).as("refilled to the burst, not beyond").isEqualTo(20);
    }

    @Test
    void two_nodes_on_one_database_share_each_allowance_even_when_asked_at_once() throws Exception {
        shareOneAllowance(database("nodes"));
    }

    @Test
    void two_nodes_on_postgresql_share_each_allowance_even_when_asked_at_once() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            EventStoreSchema.ensure(postgres.getPostgresDatabase());
            shareOneAllowance(postgres.getPostgresDatabase());
        }
    }

    private void shareOneAllowance(DataSource shared) throws Exception {
        List<RequestBuckets> nodes = List.of(new RequestBuckets(shared, clock, 5, 50), new RequestBuckets(shared, clock, 5, 50));
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            RequestBuckets node = nodes.get(i % 2);
            requests.add(() -> node.take(TOKEN).allowed());
        }
        int allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> answer : pool.invokeAll(requests)) {
                allowed += answer.get() ? 1 : 0;
            }
        }
        assertThat(allowed).as("the clock stands still: exactly the burst, whichever node counted").isEqualTo(50);
    }

    private static JdbcDataSource database(String name) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        EventStoreSchema.ensure(h2);
        return h2;
    }
}
