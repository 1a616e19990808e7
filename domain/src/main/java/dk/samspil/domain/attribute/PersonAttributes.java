package dk.samspil.domain.attribute;

import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.Effect;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One person's background attribute values in a study: each (attribute, wave or date) stated once, then corrected if it changes. */
public class PersonAttributes {

    @AggregateIdentifier
    private String id;
    private final Map<String, String> fingerprints = new HashMap<>();

    protected PersonAttributes() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Effect handle(StateAttribute command, PersonVault vault) {
        Decision decision = decide(fingerprints.get(command.key()), command, vault);
        if (decision.event() != null) {
            apply(decision.event());
        }
        return decision.outcome();
    }

    /** What stating a value does, and the event that records it (null when nothing changes). */
    public record Decision(Effect outcome, Object event) {
    }

    /**
     * The rule of this aggregate, shared with the bulk import.
     *
     * @param current the fingerprint of the value stated for the same attribute and wave (or date), or null
     */
    public static Decision decide(String current, StateAttribute command, PersonVault vault) {
        if (command.attribute() == null || command.value() == null || command.value().value() == null
                || (command.wave() == null) == (command.validFrom() == null)) {
            throw new Rejected("an attribute value needs the attribute, the value, and either a wave or the date it holds from");
        }
        var person = command.series().person();
        byte[] content = bytes(command.value());
        String print = vault.fingerprint(person, (new String(content, StandardCharsets.UTF_8) + "|" + command.key())
                .getBytes(StandardCharsets.UTF_8));
        if (current == null) {
            return new Decision(Effect.ADDED, new AttributeStated(command.series(), command.attribute(), command.wave(),
                    command.validFrom(), print, vault.seal(person, content)));
        }
        if (current.equals(print)) {
            return new Decision(Effect.UNCHANGED, null);
        }
        return new Decision(Effect.CORRECTED, new AttributeCorrected(command.series(), command.attribute(), command.wave(),
                command.validFrom(), print, vault.seal(person, content)));
    }

    /** The value as canonical JSON, the bytes that are sealed. */
    public static byte[] bytes(AttributeValue value) {
        try {
            return DomainJson.mapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(AttributeKey attribute, WaveKey wave, LocalDate validFrom) {
        return attribute + "|" + (wave != null ? "wave:" + wave : "from:" + validFrom);
    }

    /** The fingerprint per statement identity after an event, for the bulk import's view of the history. */
    public static void track(Object event, Map<String, String> fingerprints) {
        switch (event) {
            case AttributeStated e -> fingerprints.put(key(e.attribute(), e.wave(), e.validFrom()), e.fingerprint());
            case AttributeCorrected e -> fingerprints.put(key(e.attribute(), e.wave(), e.validFrom()), e.fingerprint());
            default -> { }
        }
    }

    @EventSourcingHandler
    void on(AttributeStated event) {
        id = event.series().aggregateId();
        track(event, fingerprints);
    }

    @EventSourcingHandler
    void on(AttributeCorrected event) {
        track(event, fingerprints);
    }
}
