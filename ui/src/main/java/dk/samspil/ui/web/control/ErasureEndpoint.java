package dk.samspil.ui.web.control;

import dk.samspil.ui.app.erasure.Erasure;
import dk.samspil.ui.app.erasure.ErasureSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.runtime.control.ControlFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Lets {@code ./samspil erase} erase a person while the application serves (the data folder is
 * the application's then), as the admin page does. Only from this machine, with the control secret.
 */
@RestController
class ErasureEndpoint {

    private final Erasure erasure;
    private final ControlGate gate;

    ErasureEndpoint(Erasure erasure, ControlGate gate) {
        this.erasure = erasure;
        this.gate = gate;
    }

    @PostMapping(ControlFile.ERASE)
    ResponseEntity<String> erase(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                 @RequestParam("id") String id, @RequestParam("as") PersonErased.ErasedAs as,
                                 @RequestParam(value = "organisation", required = false) String organisation,
                                 HttpServletRequest request) throws InterruptedException, JsonProcessingException {
        ResponseEntity<String> refused = gate.refused(authorization, request);
        if (refused != null) {
            return refused;
        }
        Erasure.Erased erased;
        try {
            erased = erasure.erase(RespondentId.of(id), Optional.ofNullable(organisation).map(TenantId::of), as, "command line (while serving)",
                    (at, head) -> { });
        } catch (IllegalArgumentException nobody) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(nobody.getMessage() + "\n");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(DomainJson.mapper().writeValueAsString(ErasureSummary.of(erased, true, erased.compactedNow())));
    }
}
