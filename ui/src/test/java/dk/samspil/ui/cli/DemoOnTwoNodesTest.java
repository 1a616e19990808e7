package dk.samspil.ui.cli;

import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.runtime.demo.DemoSetup;
import dk.samspil.ui.runtime.launch.Launcher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
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

import static org.assertj.core.api.Assertions.assertThat;

/** ./samspil demo started on two nodes of one PostgreSQL at the same moment: the demo is loaded once, its accounts made once. */
// busy on every core (threads, node JVMs, kills): run alone, after the classes that share the two test JVMs
@org.junit.jupiter.api.Tag("one-at-a-time")
class DemoOnTwoNodesTest {

    @TempDir
    Path work;

    @Test
    void two_nodes_starting_the_demo_at_once_load_it_once() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, Object> settings = new HashMap<>(Cli.WITHOUT_VAADIN);
            // as an installation points every node at PostgreSQL (SPRING_DATASOURCE_URL works the same)
            System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "postgres");
            settings.put("samspil.demo-users", "true");
            // as serve and demo start: no one could sign in without an admin, so the demo makes its accounts
            settings.put("samspil.require-admin", "true");
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<DemoSetup.Ready>> prepared = new ArrayList<>();
            List<ConfigurableApplicationContext> apps = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                prepared.add(nodes.submit(() -> {
                    go.await();
                    ConfigurableApplicationContext app = Launcher.start(work.resolve(node), null, settings);
                    synchronized (apps) {
                        apps.add(app);
                    }
                    return app.getBean(DemoSetup.class).prepare();
                }));
            }
            go.countDown();
            try {
                assertLoadedOnce(postgres, prepared, apps);
            } finally {
                nodes.shutdown();
                nodes.awaitTermination(5, TimeUnit.MINUTES);
                for (ConfigurableApplicationContext app : apps) {
                    app.close();
                }
            }
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
        }
    }

    private static void assertLoadedOnce(EmbeddedPostgres postgres, List<Future<DemoSetup.Ready>> prepared,
                                     List<ConfigurableApplicationContext> apps) throws Exception {
        int loaded = 0;
        for (Future<DemoSetup.Ready> ready : prepared) {
            DemoSetup.Ready done = ready.get(5, TimeUnit.MINUTES);
            assertThat(done.demoAdmin()).isTrue();
            loaded += done.loaded().isEmpty() ? 0 : 1;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertThat(loaded).as("nodes that loaded the demo").isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%PersonLevelAccessGranted'")).isEqualTo(1);
            long releases = count(s, "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%WaveReleased'");
            assertThat(count(s, "SELECT count(DISTINCT payload) FROM DomainEventEntry WHERE payloadType LIKE '%WaveReleased'"))
                    .as("each closed wave released once").isEqualTo(releases).isPositive();
        }
        assertThat(apps.getFirst().getBean(UserAccounts.class).all()).hasSize(4);
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
