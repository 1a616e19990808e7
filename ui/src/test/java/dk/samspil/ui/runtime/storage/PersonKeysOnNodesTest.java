package dk.samspil.ui.runtime.storage;

import com.zaxxer.hikari.HikariDataSource;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Several nodes enrol the same people at once on one PostgreSQL: each person gets exactly one key. */
class PersonKeysOnNodesTest {

    @Test
    void enrolments_of_the_same_people_on_two_nodes_at_once_give_each_person_one_key() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource first = pool(postgres); HikariDataSource second = pool(postgres)) {
            EventStoreSchema.ensure(first);
            List<JdbcPersonKeyStore> nodes = List.of(new JdbcPersonKeyStore(first), new JdbcPersonKeyStore(second));
            TenantId tenant = TenantId.of("k1");
            // sixteen enrolments at once: with eight, one lost five times in a row in a fresh-clone run of 72d9cfa
            ExecutorService threads = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Map<RespondentId, PersonRef>>> enrolments = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                JdbcPersonKeyStore node = nodes.get(t % 2);
                int thread = t;
                int offset = t * 50;
                // overlapping sets, in different orders, so the threads meet on many rows
                List<RespondentId> people = IntStream.range(offset, offset + 600).map(i -> thread % 2 == 0 ? i : 2 * offset + 599 - i)
                        .mapToObj(i -> RespondentId.of("p" + i)).toList();
                enrolments.add(threads.submit(() -> {
                    go.await();
                    return node.enrol(tenant, people);
                }));
            }
            go.countDown();
            Map<RespondentId, PersonRef> agreed = new HashMap<>();
            for (Future<Map<RespondentId, PersonRef>> enrolment : enrolments) {
                enrolment.get(1, TimeUnit.MINUTES).forEach((person, ref) -> {
                    PersonRef before = agreed.putIfAbsent(person, ref);
                    assertThat(before == null || before.equals(ref)).as("one key for %s", person).isTrue();
                });
            }
            threads.shutdown();
            assertThat(agreed).hasSize(1350);
            try (Connection c = first.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT person_ref) FROM person_key")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1350);
                assertThat(r.getLong(2)).isEqualTo(1350);
            }
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
