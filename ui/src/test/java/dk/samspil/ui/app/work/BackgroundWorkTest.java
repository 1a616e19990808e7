package dk.samspil.ui.app.work;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundWorkTest {

    private final BackgroundWork work = new BackgroundWork();

    @AfterEach
    void stop() {
        work.destroy();
        SecurityContextHolder.clearContext();
    }

    @Test
    void work_runs_away_from_the_callers_thread_as_the_user_who_asked_and_tells_its_progress() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("demo-leder", "x", "ROLE_PROGRAMME_MANAGER"));
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);

        BackgroundWork.Job<String> job = work.start("waiting", steps -> {
            steps.at(1, 2, "reading");
            halfway.countDown();
            goOn.await(10, TimeUnit.SECONDS);
            steps.at(2, 2, "writing");
            return Thread.currentThread().getName() + " as " + SecurityContextHolder.getContext().getAuthentication().getName();
        });

        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.progress()).isEqualTo(new BackgroundWork.Progress(1, 2, "reading"));
        assertThat(job.progress().fraction()).isEqualTo(0.5);
        goOn.countDown();
        assertThat(job.result().get(10, TimeUnit.SECONDS)).startsWith("background-work-").endsWith(" as demo-leder");
        assertThat(job.progress().fraction()).isEqualTo(1.0);
    }

    @Test
    void a_failure_reaches_the_page_with_its_cause() {
        BackgroundWork.Job<String> job = work.start("waiting", steps -> {
            throw new java.io.IOException("disk full");
        });

        assertThatThrownBy(() -> job.result().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().hasMessage("disk full");
    }
}
