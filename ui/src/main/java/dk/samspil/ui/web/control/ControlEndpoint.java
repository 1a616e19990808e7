package dk.samspil.ui.web.control;

import dk.samspil.ui.app.replay.OnlineRebuild;
import dk.samspil.ui.app.replay.RebuildStatus;
import dk.samspil.ui.runtime.control.ControlFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.shared.DomainJson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dk.samspil.ui.app.backup.BackupManifest;
import dk.samspil.ui.app.backup.BackupService;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Lets {@code ./samspil replay} rebuild the read model of the running application: POST starts a
 * rebuild, GET tells where it stands; and {@code ./samspil backup} back up its event store while it
 * serves. Only from this machine, with the secret of the control file.
 */
@RestController
record ControlEndpoint(OnlineRebuild rebuild, BackupService backups, ControlGate gate) {

    static final String REBUILD = "/admin/read-model/rebuild";
    private static final ObjectMapper JSON = DomainJson.newMapper();

    @PostMapping(REBUILD)
    ResponseEntity<String> start(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                 HttpServletRequest request) {
        ResponseEntity<String> refused = refused(authorization, request);
        if (refused != null) {
            return refused;
        }
        try {
            return json(HttpStatus.ACCEPTED, rebuild.start());
        } catch (IllegalStateException e) {
            return json(HttpStatus.CONFLICT, rebuild.status());
        }
    }

    @GetMapping(REBUILD)
    ResponseEntity<String> status(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  HttpServletRequest request) {
        ResponseEntity<String> refused = refused(authorization, request);
        return refused != null ? refused : json(HttpStatus.OK, rebuild.status());
    }

    /** Writes a backup into {@code out} (a file that does not exist yet) from one snapshot of the store, and answers its manifest. */
    @PostMapping(ControlFile.BACKUP)
    ResponseEntity<String> backup(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestParam("out") String out, HttpServletRequest request) throws IOException, SQLException {
        ResponseEntity<String> refused = refused(authorization, request);
        if (refused != null) {
            return refused;
        }
        try {
            BackupManifest manifest = backups.backUp(Path.of(out), (phase, done, total) -> { });
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(manifest));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage() + "\n");
        }
    }

    private ResponseEntity<String> refused(String authorization, HttpServletRequest request) {
        return gate.refused(authorization, request);
    }

    private static ResponseEntity<String> json(HttpStatus status, RebuildStatus body) {
        try {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
