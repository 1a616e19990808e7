package dk.samspil.ui.cli;

import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.shared.Pseudonyms;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.ui.app.fieldwork.Sendings;
import dk.samspil.ui.app.questionnaire.InvitationService;
import dk.samspil.ui.app.questionnaire.IssuedLink;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "replace-link", mixinStandardHelpOptions = true,
        description = {"Give a respondent's unused link a new token: the old link stops working at once (a lost or",
                "forwarded link), a saved draft moves to the new one. Prints 'respondent,link', or with --send mails it."})
final class ReplaceLinkCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Mixin
    WaveOptions target;

    @Option(names = "--respondent", required = true, paramLabel = "ID", description = "The respondent's id as the respondent list gave it.")
    String respondent;

    @Mixin
    MessageOptions message;

    @Option(names = "--send", description = "Mail the new link to the respondent's address, as an invitation.")
    boolean send;

    @Override
    public Integer call() throws Exception {
        if (!Pseudonyms.isValid(respondent)) {
            throw new BadInput("--respondent " + Pseudonyms.rule());
        }
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            Sendings sendings = app.getBean(Sendings.class);
            if (send) {
                sendings.ready();
            }
            IssuedLink link = app.getBean(InvitationService.class).replace(target.study(), target.wave(), RespondentId.of(respondent));
            if (!send) {
                System.out.println("respondent,link");
                System.out.println(link.respondent().value() + "," + link.url(message.baseUrl));
                return 0;
            }
            // the old link's messages went with it: an invitation of just this link
            return RemindCommand.report(sendings.send(new Sendings.Request(target.study(), target.wave(), Optional.empty(),
                    FieldworkSent.Kind.INVITATION, message.language(), message.baseUrl, false).onlyLink(link.token().hash())),
                    "invitations", System.out);
        } catch (Rejected rejected) {
            throw new BadInput("no link replaced:\n  " + String.join("\n  ", rejected.reasons()));
        }
    }
}
