package dk.samspil.ui.app.erasure;

import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.privacy.PersonKeyStore;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.storage.KeyStorageCompaction;
import dk.samspil.ui.app.replay.OnlineRebuild;
import dk.samspil.ui.app.replay.RebuildProgress;
import dk.samspil.ui.app.replay.RebuildStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Erases a person by crypto-shredding: records the erasure, destroys the person's key (every event
 * sealed under it becomes unreadable) and rebuilds the read model in a new file, so no table, and
 * no export made from it, holds anything of theirs. The old read-model file is deleted whole, and
 * the event store is rewritten so no freed page of it keeps the key or the person's links.
 */
@Component
public class Erasure {

    private final PersonKeyStore keys;
    private final PersonVault vault;
    private final Facts facts;
    private final ReadModelSync sync;
    private final OnlineRebuild rebuild;
    private final PersonRecords links;
    private final KeyStorageCompaction compaction;

    private final TransactionTemplate transaction;

    public Erasure(PersonKeyStore keys, PersonVault vault, Facts facts, ReadModelSync sync, OnlineRebuild rebuild,
                   PersonRecords links, KeyStorageCompaction compaction, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.links = links;
        this.compaction = compaction;
        this.keys = keys;
        this.vault = vault;
        this.facts = facts;
        this.sync = sync;
        this.rebuild = rebuild;
    }

    /**
     * What an erasure did: the people (one per organisation that enrolled the pseudonym), the
     * questionnaire links deleted, the rebuilt read model (empty when only links were known), and
     * whether the event store was rewritten already (else it is before it is next opened).
     */
    public record Erased(Map<TenantId, PersonRef> people, int links, long position, Optional<RebuildStatus> rebuild,
                         boolean compactedNow) {
    }

    /**
     * @param tenant only in this organisation; empty: in every organisation that enrolled the pseudonym
     * @throws IllegalArgumentException when neither an enrolled person nor a questionnaire link has the pseudonym
     *                                  (never imported or invited, or erased already)
     */
    public Erased erase(RespondentId pseudonym, Optional<TenantId> tenant, PersonErased.ErasedAs as, String requestedBy,
                        RebuildProgress progress) throws InterruptedException {
        long head = sync.head() + 1;
        Map<TenantId, PersonRef> people = new java.util.LinkedHashMap<>(keys.find(pseudonym));
        tenant.ifPresent(only -> people.keySet().retainAll(List.of(only)));
        // a link names the person in clear even before they answer, so it goes whether or not they did
        int deletedLinks = links.forget(pseudonym, tenant);
        if (people.isEmpty() && deletedLinks == 0) {
            throw new IllegalArgumentException("no person '" + pseudonym + "' is known" + tenant.map(t -> " in organisation " + t).orElse("")
                    + " (never imported or invited, or erased already)");
        }
        if (people.isEmpty()) {
            return new Erased(Map.of(), deletedLinks, sync.head(), Optional.empty(), compaction.request());
        }
        // the event and the key go together: every node that reads the event finds the key gone (ErasedOnEveryNode)
        transaction.executeWithoutResult(status -> people.forEach((organisation, person) -> {
            facts.record(new PersonErased(person, organisation, as, requestedBy));
            keys.destroy(person);
        }));
        long erased = sync.head();
        people.values().forEach(vault::forget);
        long position = sync.awaitCaughtUp(Duration.ofMinutes(10), at -> progress.at(at, head));
        RebuildStatus rebuilt = rebuilt(erased, at -> progress.at(at, head));
        return new Erased(people, deletedLinks, position, Optional.of(rebuilt), compaction.request());
    }

    /** Waits for a rebuild begun with the erasure in the store, so after the key was gone: nothing of the person is in its file. */
    private RebuildStatus rebuilt(long erased, LongConsumer progress) throws InterruptedException {
        rebuild.request(erased);
        RebuildStatus status = rebuild.status();
        while (!status.state().finished() || status.head() < erased) {
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
