package dk.samspil.ui.cli;

import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.app.fieldwork.MessageTemplates;
import dk.samspil.ui.app.fieldwork.WaveTemplates;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a wave's own text for its invitations or reminders in a language (da, en, nb, sv), used instead of",
                "the built-in text by invite --send, remind and the distribution plan. The body is read from a UTF-8 file and",
                "must hold {link}; {study} and {closes} give the study's title and the wave's last day. Without --subject",
                "and --body: print the text the kind and language go out in now. Each sending records the text's version."})
final class TemplateCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Mixin
    WaveOptions target;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "invitation or reminder.")
    String kind;

    @Option(names = "--language", defaultValue = "da", paramLabel = "LANG", description = "da, en, nb or sv (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--subject", paramLabel = "TEXT", description = "The subject line.")
    String subject;

    @Option(names = "--body", paramLabel = "FILE", description = "A UTF-8 text file with the body.")
    Path body;

    @Option(names = "--reset", description = "Go back to the built-in text for the kind and language.")
    boolean reset;

    @Override
    public Integer call() throws Exception {
        StudyId study = target.study();
        WaveKey wave = target.wave();
        FieldworkSent.Kind messages = kind();
        MessageTemplates.Language lang = MessageOptions.language(language);
        if ((subject == null) != (body == null)) {
            throw new BadInput(subject == null ? "--subject is required with --body" : "--body is required with --subject");
        }
        if (reset && subject != null) {
            throw new BadInput("--reset takes no --subject or --body");
        }
        Optional<MessageTemplates.Written> written = Optional.ofNullable(body).map(file -> new MessageTemplates.Written(subject, read(file)));
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            WaveTemplates templates = app.getBean(WaveTemplates.class);
            if (written.isPresent()) {
                templates.write(new WaveTemplates.Template(study, wave, messages, lang, written.get()));
                System.err.printf("saved the %s text in %s for wave %s of study %s: version %s%n", kind, lang.key(), wave, study,
                        written.get().version());
            } else if (reset) {
                System.err.println(templates.reset(study, wave, messages, lang) ? "the built-in text goes out again" : "the built-in text was in use");
            }
            Optional<MessageTemplates.Written> own = templates.of(study, wave, messages, lang);
            MessageTemplates.Written now = own.orElseGet(() -> MessageTemplates.builtIn(messages, lang));
            System.out.printf("# %s, %s, version %s%nSubject: %s%n%n%s", kind, lang.key(), MessageTemplates.name(own, lang), now.subject(),
                    now.body().endsWith("\n") ? now.body() : now.body() + "\n");
        } catch (Rejected rejected) {
            throw new BadInput("no text saved" + (body == null ? "" : " from " + body) + ":\n  " + String.join("\n  ", rejected.reasons()));
        }
        return 0;
    }

    private FieldworkSent.Kind kind() {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "invitation" -> FieldworkSent.Kind.INVITATION;
            case "reminder" -> FieldworkSent.Kind.REMINDER;
            default -> throw new BadInput("--kind must be invitation or reminder, was '" + kind + "'");
        };
    }

    private static String read(Path file) {
        try {
            // strict UTF-8: a file saved in another encoding is refused, not sent with broken letters
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new BadInput(file + ": is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
