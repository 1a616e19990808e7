package dk.samspil.ui.app.erasure;

import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.ui.app.replay.OnlineRebuild;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Duration;
import java.time.Instant;

/**
 * Makes every node forget an erased person, not only the node that erased them: on reading
 * {@code PersonErased} from the store it drops the person's cached key and rebuilds its read model
 * beside the served one (the event and the key's deletion were committed together, so the rebuild
 * cannot open anything of theirs), unless its file was begun after the erasure.
 */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class ErasedOnEveryNode {

    private static final Logger LOG = LoggerFactory.getLogger(ErasedOnEveryNode.class);

    /** Allowance for the erasing node's clock against this one's, when deciding that a file is newer than an erasure. */
    static final Duration CLOCK_ALLOWANCE = Duration.ofMinutes(5);

    private final PersonVault vault;
    private final ObjectProvider<OnlineRebuild> rebuilds;

    /** The rebuild is looked up when needed: it stands on the processor this handler is registered with. */
    public ErasedOnEveryNode(PersonVault vault, ObjectProvider<OnlineRebuild> rebuilds) {
        this.vault = vault;
        this.rebuilds = rebuilds;
    }

    @EventHandler
    void on(PersonErased erased, @Timestamp Instant at) {
        vault.forget(erased.person());
        OnlineRebuild rebuild = rebuilds.getObject();
        boolean fileIsNewer = rebuild.builtFrom().map(from -> from.isAfter(at.plus(CLOCK_ALLOWANCE))).orElse(false);
        if (!fileIsNewer) {
            LOG.info("a person was erased (recorded {}): rebuilding this node's read model without them", at);
            rebuild.request(Instant.now());
        }
    }
}
