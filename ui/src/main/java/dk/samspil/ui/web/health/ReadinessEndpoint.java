package dk.samspil.ui.web.health;

import dk.samspil.domain.shared.Conflicts;
import dk.samspil.ui.app.replay.ReadModelAudit;
import dk.samspil.ui.runtime.readmodel.Readiness;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For the load balancer's health check: 200 when this node takes traffic, 503 while it catches up
 * or when its read model stopped; the body says how far it is. Holds no data, so it is open.
 */
@RestController
@ConditionalOnWebApplication
public class ReadinessEndpoint {

    public static final String PATH = "/ready";

    private final Readiness readiness;
    private final ReadModelAudit audit;

    ReadinessEndpoint(Readiness readiness, ReadModelAudit audit) {
        this.readiness = readiness;
        this.audit = audit;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ready() {
        Readiness.State state = readiness.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", state.ready());
        body.put("applied_position", state.applied());
        body.put("store_position", state.stored());
        // transactions this node ran again because another writer changed the same aggregate first
        body.put("conflicts_retried", Conflicts.retriedSoFar());
        // events the periodic comparison with the store found missing from the read model (then rebuilt)
        body.put("missing_events_found", audit.missingFound());
        if (state.problem() != null) {
            body.put("problem", state.problem());
        }
        return ResponseEntity.status(state.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
