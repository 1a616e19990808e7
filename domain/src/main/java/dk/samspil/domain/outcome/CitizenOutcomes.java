package dk.samspil.domain.outcome;

import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.Effect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One citizen's outcome measurements in a study: each (outcome, date) recorded once, then corrected if it changes. */
public class CitizenOutcomes {

    @AggregateIdentifier
    private String id;
    private final Map<String, String> fingerprints = new HashMap<>();

    protected CitizenOutcomes() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Effect handle(RecordOutcome command, PersonVault vault) {
        Decision decision = decide(fingerprints.get(key(command)), command, vault);
        if (decision.event() != null) {
            apply(decision.event());
        }
        return decision.outcome();
    }

    /** What recording a measurement does, and the event that records it (null when nothing changes). */
    public record Decision(Effect outcome, Object event) {
    }

    /**
     * The rule of this aggregate, shared with the bulk import.
     *
     * @param current the fingerprint of the measurement of the same outcome and date, or null
     */
    public static Decision decide(String current, RecordOutcome command, PersonVault vault) {
        if (command.measuredOn() == null || command.measurement() == null || command.measurement().value() == null) {
            throw new Rejected("an outcome measurement needs a date and a value");
        }
        var citizen = command.series().citizen();
        byte[] content = bytes(command.measurement());
        String print = vault.fingerprint(citizen, (new String(content, StandardCharsets.UTF_8) + "|" + command.outcome()
                + "|" + command.measuredOn()).getBytes(StandardCharsets.UTF_8));
        if (current == null) {
            return new Decision(Effect.ADDED, new OutcomeMeasured(command.series(), command.outcome(),
                    command.measuredOn(), print, vault.seal(citizen, content)));
        }
        if (current.equals(print)) {
            return new Decision(Effect.UNCHANGED, null);
        }
        return new Decision(Effect.CORRECTED, new OutcomeCorrected(command.series(), command.outcome(),
                command.measuredOn(), print, vault.seal(citizen, content)));
    }

    /** The measurement as canonical JSON, the bytes that are sealed. */
    public static byte[] bytes(Measurement measurement) {
        try {
            return DomainJson.mapper().writeValueAsBytes(measurement);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The identity of a measurement within a citizen's series. */
    public static String key(RecordOutcome command) {
        return command.outcome() + "|" + command.measuredOn();
    }

    /** The fingerprint per measurement identity after an event, for the bulk import's view of the history. */
    public static void track(Object event, Map<String, String> fingerprints) {
        switch (event) {
            case OutcomeMeasured e -> fingerprints.put(e.outcome() + "|" + e.measuredOn(), e.fingerprint());
            case OutcomeCorrected e -> fingerprints.put(e.outcome() + "|" + e.measuredOn(), e.fingerprint());
            default -> { }
        }
    }

    @EventSourcingHandler
    void on(OutcomeMeasured event) {
        id = event.series().aggregateId();
        track(event, fingerprints);
    }

    @EventSourcingHandler
    void on(OutcomeCorrected event) {
        track(event, fingerprints);
    }
}
