package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.exports.PartnerAgreement;
import dk.samspil.ui.app.export.ExportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

        @Option(names = "--studies", paramLabel = "S1,S2", split = ",",
                description = "The studies the agreement covers (default: every study); an export of another is refused.")
        List<String> studies = List.of();

        @Option(names = "--until", paramLabel = "DATE", description = "The agreement's last day, YYYY-MM-DD (default: no end); an export after it is refused.")
        String until;

        @Option(names = "--licence", paramLabel = "TEXT",
                description = "The licence the data are used under, as the agreement words it (e.g. \"CC BY-NC 4.0\"); the codebook cites it.")
        String licence;

        @Override
        public Integer call() {
            if (!Keys.isValid(partner)) {
                throw new BadInput("--partner must be a key of [a-z0-9_-]+, was '" + partner + "'");
            }
            if (agreement.isBlank()) {
                throw new BadInput("--agreement needs the agreement's reference");
            }
            for (String study : studies) {
                if (!Keys.isValid(study)) {
                    throw new BadInput("--studies: each study is a key of [a-z0-9_-]+, was '" + study + "'");
                }
            }
            LocalDate last;
            try {
                last = until == null ? null : LocalDate.parse(until);
            } catch (DateTimeParseException e) {
                throw new BadInput("--until must be a date YYYY-MM-DD, was '" + until + "'");
            }
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                long position = app.getBean(ExportService.class).agree(PartnerId.of(partner), agreement, microdata,
                        studies.stream().map(StudyId::of).toList(), last, licence);
                System.out.printf("agreement %s recorded for partner %s at position %d: %s; %s%n", agreement.strip(), partner, position,
                        microdata ? "item-level responses allowed" : "released aggregates only",
                        new PartnerAgreement(agreement.strip(), microdata, studies, last, licence).terms());
            }
            return 0;
        }
    }
}
