package dk.samspil.ui.runtime.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.runtime.storage.DataDirectory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How a command reaches the running web application: its port and a secret that only users who
 * can read the data folder know, in {@code control.json} in the data folder while it serves.
 */
public record ControlFile(long pid, int port, String secret) {

    /** Where ./samspil backup asks the running application for a backup. */
    public static final String BACKUP = "/admin/backup";

    /** Where ./samspil erase asks the running application to erase a person. */
    public static final String ERASE = "/admin/erase";

    /** Where ./samspil report, analyze and log ask the running application for a report. */
    public static final String REPORT = "/admin/report";

    /** Where ./samspil report pdf|pptx asks the running application for a meeting report. */
    public static final String MEETING_REPORT = "/admin/meeting-report";

    /** Where ./samspil import asks the running application to import a bundle. */
    public static final String IMPORT = "/admin/import";

    private static final ObjectMapper JSON = DomainJson.newMapper();

    /** A control file for this process with a fresh secret. */
    public static ControlFile forThisProcess(int port) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ControlFile(ProcessHandle.current().pid(), port, HexFormat.of().formatHex(secret));
    }

    /** The running application's control file, or empty when no application serves this data folder. */
    public static Optional<ControlFile> ofRunningApplication(Path dataFolder) throws IOException {
        Path file = DataDirectory.controlFile(dataFolder);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ControlFile control = JSON.readValue(file.toFile(), ControlFile.class);
        boolean alive = ProcessHandle.of(control.pid()).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(control) : Optional.empty();
    }

    public void write(Path dataFolder) throws IOException {
        Path file = DataDirectory.controlFile(dataFolder);
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        // readable by the owner only: the secret starts rebuilds
        Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        JSON.writeValue(written.toFile(), this);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public boolean admits(String presented) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ("Bearer " + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The header value a command sends. */
    public String authorization() {
        return "Bearer " + secret;
    }

    /** POSTs to a control endpoint of the running application with the secret and waits for its answer. */
    public HttpResponse<String> post(String pathAndQuery) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).header("Authorization", authorization())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
