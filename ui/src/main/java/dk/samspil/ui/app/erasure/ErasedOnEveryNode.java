package dk.samspil.ui.app.erasure;

import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.ui.app.replay.OnlineRebuild;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.sql.SQLException;


/**
 * Makes every node forget an erased person, not only the node that erased them: on reading
 * {@code PersonErased} from the store it drops the person's cached key and rebuilds its read model
 * beside the served one (the event and the key's deletion were committed together, so the rebuild
 * cannot open anything of theirs), unless its file was begun with the erasure already in the store.
 */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class ErasedOnEveryNode {

    private static final Logger LOG = LoggerFactory.getLogger(ErasedOnEveryNode.class);

    private final PersonVault vault;
    private final ReadModel live;
    private final ObjectProvider<OnlineRebuild> rebuilds;

    /** The rebuild is looked up when needed: it stands on the processor this handler is registered with. */
    public ErasedOnEveryNode(PersonVault vault, ReadModel live, ObjectProvider<OnlineRebuild> rebuilds) {
        this.vault = vault;
        this.live = live;
        this.rebuilds = rebuilds;
    }

    @EventHandler
    void on(PersonErased erased, TrackingToken token) throws SQLException {
        vault.forget(erased.person());
        long position = token.position().orElseThrow();
        OnlineRebuild rebuild = rebuilds.getObject();
        // a file begun with the erasure already in the store never opened the person's answers
        boolean fileIsNewer = rebuild.builtFromHead().map(head -> head >= position).orElse(false);
        if (!fileIsNewer) {
            LOG.info("a person was erased at position {}: rebuilding this node's read model without them", position);
            // should the process stop before the rebuild is done, the next start (here or from a copy) begins a new file
            live.erasureApplied(position);
            rebuild.request(position);
        }
    }
}
