package dk.samspil.ui.runtime.launch;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Logback has one configuration per JVM, which Spring Boot resets while an application starts and
 * stops. Applications starting or stopping at once in one JVM (commands run in-process, nodes in
 * tests) take turns at it: one broke the other's pattern converters ("no conversion class registered
 * for [clr]") in a fresh-clone run.
 */
final class LoggingTurns {

    private static final ReentrantLock TURN = new ReentrantLock();

    private LoggingTurns() {
    }

    /** Takes the turn before Spring Boot's logging listener and gives it back after it. */
    static List<ApplicationListener<ApplicationEvent>> listeners() {
        return List.of(new Take(), new Give());
    }

    private record Take() implements ApplicationListener<ApplicationEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent || event instanceof ContextClosedEvent) {
                TURN.lock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private record Give() implements ApplicationListener<ApplicationEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            boolean configured = event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ContextClosedEvent
                    || event instanceof ApplicationFailedEvent;
            // a start that failed before its environment was ready still holds the turn; one that failed later does not
            if (configured && TURN.isHeldByCurrentThread()) {
                TURN.unlock();
            }
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }
}
