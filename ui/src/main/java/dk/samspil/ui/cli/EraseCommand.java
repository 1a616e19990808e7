package dk.samspil.ui.cli;

import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.config.ReadModelSync;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.erasure.ErasedWhileServing;
import dk.samspil.ui.erasure.Erasure;
import dk.samspil.ui.readmodel.ControlFile;
import dk.samspil.ui.erasure.KeyStorageCompaction;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Erase a respondent or citizen (crypto-shredding): their key is destroyed, the erasure is recorded",
                "without any of their data, and the read model is rebuilt without them; no report or export holds them again."})
final class EraseCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @ArgGroup(multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--respondent", paramLabel = "ID", description = "The respondent's id as the bundles gave it.")
        String respondent;

        @Option(names = "--citizen", paramLabel = "ID", description = "The citizen's id as outcomes.csv gave it.")
        String citizen;
    }

    @Option(names = "--organisation", paramLabel = "KEY", description = "Only in this organisation (default: every one that knows the id).")
    String organisation;

    @Option(names = "--progress", description = "Show progress also when not on a terminal, a line per update.")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        String id = who.respondent != null ? who.respondent : who.citizen;
        PersonErased.ErasedAs as = who.respondent != null ? PersonErased.ErasedAs.RESPONDENT : PersonErased.ErasedAs.CITIZEN;
        if (id.isBlank()) {
            throw new BadInput("the id to erase is empty");
        }
        if (organisation != null && !Keys.isValid(organisation)) {
            throw new BadInput("--organisation must be a key of [a-z0-9_-]+, was '" + organisation + "'");
        }
        String what = as.name().toLowerCase(java.util.Locale.ROOT);
        Optional<ControlFile> running = ControlFile.ofRunningApplication(options.folder());
        if (running.isPresent()) {
            ErasedWhileServing erased = online(running.get(), id, as);
            System.out.printf("erased %s %s in %d organisation(s) %s with %d questionnaire link(s) at position %d while the application served;"
                            + " %s; %s%n", what, id, erased.organisations().size(), erased.organisations(), erased.links(), erased.position(),
                    erased.rebuilt() ? "the read model was rebuilt without them" : "no answers of theirs were stored, so the read model is unchanged",
                    erased.compactedNow() ? "the event store was rewritten" : "the event-store file is rewritten at the application's next start");
            return 0;
        }
        Terminal terminal = Terminal.system(progress);
        String url;
        String user;
        String password;
        Erasure.Erased erased;
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            // as Spring Boot resolved them, defaults included
            DataSourceProperties database = app.getBean(DataSourceProperties.class);
            url = database.determineUrl();
            try (Connection c = app.getBean(DataSource.class).getConnection()) {
                user = c.getMetaData().getUserName();
            }
            password = database.determinePassword();
            long head = app.getBean(ReadModelSync.class).head() + 1;
            erased = app.getBean(Erasure.class).erase(RespondentId.of(id), Optional.ofNullable(organisation).map(TenantId::of), as,
                    "command line", at -> terminal.progress("rebuilding the read model without them", Math.max(at, 0), head));
            try (Connection c = app.getBean(DataSource.class).getConnection()) {
                KeyStorageCompaction.compactRunning(c);
            }
        }
        KeyStorageCompaction.compactStopped(url, user, password);
        terminal.done();
        System.out.printf("erased %s %s in %d organisation(s) %s with %d questionnaire link(s) at position %d; %s%n",
                what, id, erased.people().size(), erased.people().keySet(), erased.links(),
                erased.position(), erased.rebuild().isPresent() ? "the read model was rebuilt without them"
                        : "no answers of theirs were stored, so the read model is unchanged");
        return 0;
    }

    /** The serving application holds the data folder: it erases, as its admin page would. */
    private ErasedWhileServing online(ControlFile control, String id, PersonErased.ErasedAs as) throws IOException, InterruptedException {
        String query = "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&as=" + as.name()
                + (organisation == null ? "" : "&organisation=" + organisation);
        HttpResponse<String> answer = control.post(ControlFile.ERASE + query);
        if (answer.statusCode() == 404) {
            throw new BadInput(answer.body().strip());
        }
        if (answer.statusCode() != 200) {
            throw new IOException("the application serving " + options.folder() + " refused the erasure: HTTP " + answer.statusCode()
                    + " " + answer.body().strip());
        }
        return DomainJson.mapper().readValue(answer.body(), ErasedWhileServing.class);
    }
}