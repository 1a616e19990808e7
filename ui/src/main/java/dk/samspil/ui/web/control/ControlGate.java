package dk.samspil.ui.web.control;

import dk.samspil.ui.runtime.control.ControlFile;

import dk.samspil.domain.access.Principal;
import dk.samspil.ui.runtime.storage.DataDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Who may use the control endpoints the commands reach a serving application through: a caller
 * on this machine with the secret of the control file, which this gate writes when serving
 * starts and deletes when it stops.
 */
@Component
public class ControlGate {

    private static final Logger LOG = LoggerFactory.getLogger(ControlGate.class);

    private final DataDirectory data;
    private volatile ControlFile control;

    ControlGate(DataDirectory data) {
        this.data = data;
    }

    @EventListener
    void serving(WebServerInitializedEvent event) throws IOException {
        ControlFile written = ControlFile.forThisProcess(event.getWebServer().getPort());
        written.write(data.root());
        control = written;
    }

    @EventListener
    void stopping(ContextClosedEvent event) {
        if (control != null) {
            try {
                Files.deleteIfExists(DataDirectory.controlFile(data.root()));
            } catch (IOException e) {
                LOG.warn("could not delete the control file; the next start replaces it", e);
            }
        }
    }

    /** Runs work for a command on this machine, as the local operator (an admin), as the command would in its own process. */
    public <T> T asOperator(Callable<T> work) throws Exception {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(Principal.commandLine().username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Principal.commandLine().role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** @return the answer refusing the caller, or null when the caller may go on */
    public ResponseEntity<String> refused(String authorization, HttpServletRequest request) {
        boolean local;
        try {
            local = InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IOException e) {
            local = false;
        }
        if (!local) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("only from the machine the application runs on\n");
        }
        ControlFile current = control;
        if (current == null || !current.admits(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("the secret of control.json in the data folder is needed\n");
        }
        return null;
    }
}
