package dk.samspil.ui.app.erasure;

import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.privacy.PersonKeyStore;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.app.replay.OnlineRebuild;
import dk.samspil.ui.app.replay.RebuildStatus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Erases a person by crypto-shredding: records the erasure, destroys the person's key (every event
 * sealed under it becomes unreadable) and rebuilds the read model in a new file, so no table, and
 * no export made from it, holds anything of theirs. The old read-model file is deleted whole.
 */
@Component
public class Erasure {

    private final PersonKeyStore keys;
    private final PersonVault vault;
    private final EventBus events;
    private final ReadModelSync sync;
    private final OnlineRebuild rebuild;
    private final PersonRecords links;

    public Erasure(PersonKeyStore keys, PersonVault vault, EventBus events, ReadModelSync sync, OnlineRebuild rebuild,
                   PersonRecords links) {
        this.links = links;
        this.keys = keys;
        this.vault = vault;
        this.events = events;
        this.sync = sync;
        this.rebuild = rebuild;
    }

    /**
     * What an erasure did: the people (one per organisation that enrolled the pseudonym), the
     * questionnaire links deleted, and the rebuilt read model (empty when only links were known).
     */
    public record Erased(Map<TenantId, PersonRef> people, int links, long position, Optional<RebuildStatus> rebuild) {
    }

    /**
     * @param tenant only in this organisation; empty: in every organisation that enrolled the pseudonym
     * @throws IllegalArgumentException when neither an enrolled person nor a questionnaire link has the pseudonym
     *                                  (never imported or invited, or erased already)
     */
    public Erased erase(RespondentId pseudonym, Optional<TenantId> tenant, PersonErased.ErasedAs as, String requestedBy,
                        LongConsumer progress) throws InterruptedException {
        Map<TenantId, PersonRef> people = new java.util.LinkedHashMap<>(keys.find(pseudonym));
        tenant.ifPresent(only -> people.keySet().retainAll(List.of(only)));
        // a link names the person in clear even before they answer, so it goes whether or not they did
        int deletedLinks = links.forget(pseudonym, tenant);
        if (people.isEmpty() && deletedLinks == 0) {
            throw new IllegalArgumentException("no person '" + pseudonym + "' is known" + tenant.map(t -> " in organisation " + t).orElse("")
                    + " (never imported or invited, or erased already)");
        }
        if (people.isEmpty()) {
            return new Erased(Map.of(), deletedLinks, sync.head(), Optional.empty());
        }
        // the event first: should the process die before the key is gone, erasing again finishes the work
        people.forEach((organisation, person) -> events.publish(GenericEventMessage.asEventMessage(
                new PersonErased(person, organisation, as, requestedBy))));
        people.values().forEach(person -> {
            keys.destroy(person);
            vault.forget(person);
        });
        long position = sync.awaitCaughtUp(Duration.ofMinutes(10), progress);
        return new Erased(people, deletedLinks, position, Optional.of(rebuilt(progress)));
    }

    private RebuildStatus rebuilt(LongConsumer progress) throws InterruptedException {
        RebuildStatus status = rebuild.start();
        while (!status.state().finished()) {
            progress.accept(status.position());
            Thread.sleep(100);
            status = rebuild.status();
        }
        if (status.state() == RebuildStatus.State.FAILED) {
            throw new IllegalStateException("the person's key is destroyed, but rebuilding the read model without them failed ("
                    + status.error() + "); run ./samspil replay to finish");
        }
        return status;
    }
}
