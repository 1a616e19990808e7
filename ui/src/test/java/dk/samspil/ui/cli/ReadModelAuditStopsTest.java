package dk.samspil.ui.cli;

import dk.samspil.ui.app.replay.ReadModelAudit;
import dk.samspil.ui.runtime.launch.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A serving application's read-model audit stops with it. Left running, it went on checking a closed
 * read model every minute (the tests' JVM logged it 42 times in one run, from every context closed before).
 */
class ReadModelAuditStopsTest {

    @TempDir
    Path data;

    @Test
    void the_audit_stops_when_the_application_does() throws Exception {
        long before = audits();
        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            assertThat(app.getBean(ReadModelAudit.class).check()).as("nothing missing in an empty store").isZero();
            assertThat(audits()).as("the serving application's audit").isEqualTo(before + 1);
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (audits() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(audits()).as("audits left running after their application stopped").isEqualTo(before);
    }

    /** The threads of serving applications' timers, on which the audit runs. */
    private static long audits() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("samspil-timer-") && t.isAlive()).count();
    }
}
