package dk.samspil.ui.cli;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.app.fieldwork.DistributionPlans;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Plan a wave's distribution: the day its invitations go out by e-mail and the days of its reminders",
                "(to those who have not answered), in a language, from an address. The serving nodes send them on those days,",
                "each sending once however many nodes run. Without --invite-on: show the wave's plan."})
final class ScheduleCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Mixin
    WaveOptions target;

    @Option(names = "--invite-on", paramLabel = "DATE", description = "The day the invitations go out (YYYY-MM-DD).")
    String inviteOn;

    @Option(names = "--remind-on", paramLabel = "DATES", split = ",", description = "Days of reminders, after the invitations (YYYY-MM-DD,...).")
    List<String> remindOn = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender address of the messages.")
    String from;

    @Mixin
    MessageOptions message;

    @Override
    public Integer call() throws Exception {
        StudyId study = target.study();
        WaveKey wave = target.wave();
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            DistributionPlans plans = app.getBean(DistributionPlans.class);
            if (inviteOn != null) {
                if (from == null) {
                    throw new BadInput("--from is required with --invite-on: the address the messages come from");
                }
                plans.plan(new DistributionPlans.Plan(study, wave, date("--invite-on", inviteOn),
                        remindOn.stream().map(day -> date("--remind-on", day)).sorted().toList(), message.language(), from, message.baseUrl));
            }
            DistributionPlans.Plan plan = plans.of(study, wave)
                    .orElseThrow(() -> new BadInput("wave " + wave + " of study " + study + " has no distribution plan; plan one with --invite-on"));
            System.out.printf("wave %s of study %s: invitations on %s, reminders on %s, in %s, from %s, links to %s%n", plan.wave(), plan.study(),
                    plan.inviteOn(), plan.remindOn().isEmpty() ? "no day" : plan.remindOn(), plan.language().key(), plan.sender(), plan.baseUrl());
        } catch (Rejected rejected) {
            throw new BadInput("no plan saved:\n  " + String.join("\n  ", rejected.reasons()));
        }
        return 0;
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInput(option + " takes dates as YYYY-MM-DD, was '" + text + "'");
        }
    }
}
