package dk.samspil.ui.app.fieldwork;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes the sendings the distribution plans have made due, on every serving node: each is claimed in
 * the database first, so of N nodes one sends it, and a node that stops half-way leaves it to another
 * after the lease (the messages already sent stay sent: {@link Sendings} resumes).
 */
@Component
@ConditionalOnWebApplication
public class PlannedSendings {

    private static final Logger LOG = LoggerFactory.getLogger(PlannedSendings.class);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final DistributionPlans plans;
    private final Sendings sendings;
    private final Clock clock;
    private final Duration lease;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    PlannedSendings(DistributionPlans plans, Sendings sendings, Clock clock, @Value("${samspil.fieldwork.claim-minutes:5}") long leaseMinutes) {
        this.plans = plans;
        this.sendings = sendings;
        this.clock = clock;
        this.lease = Duration.ofMinutes(leaseMinutes);
    }

    /** @return how many planned sendings this node made now */
    @Scheduled(initialDelayString = "${samspil.fieldwork.check-seconds:60}", fixedDelayString = "${samspil.fieldwork.check-seconds:60}",
            timeUnit = TimeUnit.SECONDS)
    public int run() {
        int made = 0;
        for (DistributionPlans.Due due : plans.due(LocalDate.ofInstant(clock.instant(), COPENHAGEN))) {
            if (!plans.claim(due, node, clock.instant(), lease)) {
                continue;
            }
            DistributionPlans.Plan plan = due.plan();
            try {
                Sendings.Report report = sendings.send(new Sendings.Request(plan.study(), plan.wave(), Optional.empty(), due.kind(),
                        plan.language(), plan.baseUrl(), false).from(plan.sender()));
                LOG.info("planned {} of {} for wave {} of study {}: {} sent", due.kind().name().toLowerCase(java.util.Locale.ROOT), due.on(),
                        plan.wave(), plan.study(), report.sent());
            } catch (RuntimeException e) {
                // a missing relay or a closed wave: the sending is marked done so it is not tried every minute; the log says why
                LOG.warn("planned {} of {} for wave {} of study {} could not be made: {}", due.kind().name().toLowerCase(java.util.Locale.ROOT),
                        due.on(), plan.wave(), plan.study(), e.getMessage());
            }
            plans.done(due, clock.instant());
            made++;
        }
        return made;
    }
}
