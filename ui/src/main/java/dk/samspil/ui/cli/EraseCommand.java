package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.app.erasure.ErasureSummary;
import dk.samspil.ui.app.erasure.Erasure;
import dk.samspil.ui.runtime.control.ControlFile;
import dk.samspil.ui.runtime.storage.KeyStorageCompaction;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    @Mixin
    ProgressOption progress;

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
            System.out.println(online(running.get(), id, as).describe(what, id));
            return 0;
        }
        Terminal terminal = progress.terminal();
        Erasure.Erased erased;
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            erased = app.getBean(Erasure.class).erase(RespondentId.of(id), Optional.ofNullable(organisation).map(TenantId::of), as,
                    "command line", (at, head) -> terminal.progress("rebuilding the read model without them", Math.max(at, 0), head));
        }
        // stopped, the store the erasure asked to rewrite is rewritten now: H2 compacted (PostgreSQL's tables were vacuumed already)
        KeyStorageCompaction.runRequested(options.folder());
        terminal.done();
        System.out.println(ErasureSummary.of(erased, false, true).describe(what, id));
        return 0;
    }

    /** The serving application holds the data folder: it erases, as its admin page would. */
    private ErasureSummary online(ControlFile control, String id, PersonErased.ErasedAs as) throws IOException, InterruptedException {
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
        return DomainJson.mapper().readValue(answer.body(), ErasureSummary.class);
    }
}