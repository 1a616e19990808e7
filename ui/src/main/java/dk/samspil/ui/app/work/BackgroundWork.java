package dk.samspil.ui.app.work;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Long work a user asks for on a page (a meeting report, a research export), done away from the request thread so
 * the page stays live and shows how far it has come. Each piece runs as the user who asked: access is decided for
 * them, not for the worker. Two at a time, as the machine has the cores for; more wait their turn. What the work
 * makes is recorded in the history by the work itself, so every node knows of it; only its progress lives here,
 * with the page that shows it.
 */
@Service
public class BackgroundWork implements DisposableBean {

    private static final int WORKERS = 2;

    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("background-work-", 1).daemon()
            .factory());

    /** How far a piece of work has come: {@code done} of {@code total} steps, the current one named; total 0 while unknown. */
    public record Progress(int done, int total, String step) {

        public double fraction() {
            return total == 0 ? 0 : Math.min(1.0, (double) done / total);
        }
    }

    /** Told of each step as the work takes it. */
    @FunctionalInterface
    public interface Steps {
        void at(int done, int total, String step);
    }

    /** The work itself, telling its steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Steps steps) throws Exception;
    }

    /** A piece of work under way: its progress now, and its result when done. */
    public record Job<T>(AtomicReference<Progress> latest, CompletableFuture<T> result) {

        public Progress progress() {
            return latest.get();
        }
    }

    /**
     * Starts the work for the signed-in user.
     *
     * @param first the step it is waiting in until a worker takes it
     */
    public <T> Job<T> start(String first, Work<T> work) {
        AtomicReference<Progress> latest = new AtomicReference<>(new Progress(0, 0, first));
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return work.run((done, total, step) -> latest.set(new Progress(done, total, step)));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        // the context is handed over through the holder's strategy of the moment (the web's is Vaadin's, set after start-up)
        }, task -> workers.execute(DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext())));
        return new Job<>(latest, result);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
