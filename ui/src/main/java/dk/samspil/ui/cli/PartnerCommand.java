package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.ui.app.export.ExportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "partner", mixinStandardHelpOptions = true, description = "Academic partners and their data-sharing agreements.",
        subcommands = PartnerCommand.Agree.class)
final class PartnerCommand extends CommandGroup {

    PartnerCommand() {
        super("say what to do, e.g. partner agree");
    }

    @Command(name = "agree", mixinStandardHelpOptions = true,
            description = {"Records the data-sharing agreement a partner's exports are made under (a later one replaces it).",
                    "Exports name it in their manifest; item-level responses and respondent scores go only to a partner whose",
                    "agreement allows them. Without, exports hold the figures of the latest release point (./samspil release)."})
    static final class Agree implements Callable<Integer> {

        @Mixin
        DataOptions options;

        @Option(names = "--partner", required = true, paramLabel = "P", description = "Partner key.")
        String partner;

        @Option(names = "--agreement", required = true, paramLabel = "REF", description = "The agreement's reference, e.g. its journal number.")
        String agreement;

        @Option(names = "--microdata", description = "The agreement allows item-level responses and respondent scores (microdata) at any moment.")
        boolean microdata;

        @Override
        public Integer call() {
            if (!Keys.isValid(partner)) {
                throw new BadInput("--partner must be a key of [a-z0-9_-]+, was '" + partner + "'");
            }
            if (agreement.isBlank()) {
                throw new BadInput("--agreement needs the agreement's reference");
            }
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                long position = app.getBean(ExportService.class).agree(PartnerId.of(partner), agreement, microdata);
                System.out.printf("agreement %s recorded for partner %s at position %d: %s%n", agreement.strip(), partner, position,
                        microdata ? "item-level responses allowed" : "released aggregates only");
            }
            return 0;
        }
    }
}
