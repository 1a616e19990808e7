package dk.samspil.ui.runtime.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work a serving node does on a timer runs on Spring's task scheduler (spring.task.scheduling.*),
 * which stops with the application. Work that must happen once across nodes claims it in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfiguration {
}
