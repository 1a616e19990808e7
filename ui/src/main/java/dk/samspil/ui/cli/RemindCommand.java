package dk.samspil.ui.cli;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.ui.app.fieldwork.MessageTemplates;
import dk.samspil.ui.app.fieldwork.Sendings;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"E-mail a reminder with their own link to every invited respondent with an address who has not submitted.",
                "Once a day at most per respondent; through the SMTP relay of SPRING_MAIL_HOST from SAMSPIL_FIELDWORK_FROM.",
                "Prints the messages per unit (sent, failed, uncertain, sent earlier today, bounced), never an address."})
final class RemindCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Mixin
    WaveOptions target;

    @Option(names = "--unit", paramLabel = "U", description = "Only this unit's respondents (default: every unit).")
    String unit;

    @Mixin
    MessageOptions message;

    @Option(names = "--resend-uncertain", description = {"Send again the messages a stopped sending left uncertain (the relay",
            "may have taken them: those respondents may get two)."})
    boolean resendUncertain;

    @Override
    public Integer call() throws Exception {
        StudyId study = target.study();
        WaveKey wave = target.wave();
        Optional<UnitKey> only = Optional.ofNullable(unit).map(u -> UnitKey.of(WaveOptions.key("--unit", u)));
        MessageTemplates.Language messages = message.language();
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            return report(app.getBean(Sendings.class).send(new Sendings.Request(study, wave, only, FieldworkSent.Kind.REMINDER, messages, message.baseUrl, resendUncertain)), "reminders", System.out);
        } catch (Rejected rejected) {
            throw new BadInput("nothing sent:\n  " + String.join("\n  ", rejected.reasons()));
        }
    }

    /** Prints what a sending did per unit to {@code table}, the total to stderr; exits 1 when a message failed or is uncertain, so a script notices. */
    static int report(Sendings.Report report, String what, java.io.PrintStream table) {
        table.printf("%-20s %6s %6s %9s %12s %8s%n", "unit", "sent", "failed", "uncertain", "sent before", "bounced");
        report.units().forEach((unit, u) -> table.printf("%-20s %6d %6d %9d %12d %8d%n", unit.value(), u.sent(), u.failed(), u.uncertain(),
                u.sentBefore(), u.bounced()));
        int failed = report.units().values().stream().mapToInt(Sendings.UnitReport::failed).sum();
        int uncertain = report.units().values().stream().mapToInt(Sendings.UnitReport::uncertain).sum();
        System.err.printf("sent %d %s%s%s%n", report.sent(), what, failed > 0 ? "; " + failed + " failed (sent again next time)" : "",
                uncertain > 0 ? "; " + uncertain + " uncertain: a sending stopped after claiming them; --resend-uncertain sends them again" : "");
        return failed > 0 || uncertain > 0 ? 1 : 0;
    }
}
