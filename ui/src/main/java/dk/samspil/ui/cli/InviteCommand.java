package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.Pseudonyms;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.ui.app.fieldwork.MessageTemplates;
import dk.samspil.ui.app.fieldwork.Sendings;
import dk.samspil.ui.app.questionnaire.Contact;
import dk.samspil.ui.app.questionnaire.InvitationService;
import dk.samspil.ui.app.questionnaire.Invitee;
import dk.samspil.ui.app.questionnaire.IssuedLink;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "invite", mixinStandardHelpOptions = true,
        description = {"Open a wave for a unit: one personal questionnaire link per respondent.",
                "Reads a CSV 'respondent,respondent_group[,email[,phone]]' (an empty group is a citizen, who gets the",
                "citizen instruments; a contact is kept only sealed under the person's key, for invitations and reminders)",
                "and prints 'respondent,link' as CSV. The links are printed only here: keep the output safe."})
final class InviteCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("respondent", "respondent_group");
    /** The optional columns, in this order after the required ones. */
    static final List<String> CONTACT_COLUMNS = List.of("email", "phone");

    @Mixin
    DataOptions options;

    @Mixin
    WaveOptions target;

    @Option(names = "--unit", required = true, paramLabel = "U", description = "Unit key the respondents answer for.")
    String unit;

    @Option(names = "--respondents", paramLabel = "FILE", description = {"CSV with the columns respondent,respondent_group and",
            "optionally email and phone. Left out with --send: send the unit's invitations not sent yet (a sending that stopped)."})
    Path respondents;

    @Mixin
    MessageOptions message;

    @Option(names = "--send", description = {"E-mail each respondent with an address their link, through the SMTP relay of",
            "SPRING_MAIL_HOST (SPRING_MAIL_PORT, ...) from SAMSPIL_FIELDWORK_FROM; print only the links of those without one."})
    boolean send;

    @Option(names = "--resend-uncertain", description = {"With --send and no --respondents: send again the invitations a stopped",
            "sending left uncertain (the relay may have taken them: those respondents may get two)."})
    boolean resendUncertain;

    @Override
    public Integer call() throws Exception {
        StudyId study = target.study();
        WaveKey wave = target.wave();
        UnitKey unit = UnitKey.of(WaveOptions.key("--unit", this.unit));
        MessageTemplates.Language messages = message.language();
        if (respondents == null) {
            if (!send) {
                throw new BadInput("--respondents is required, unless --send resumes the unit's invitations");
            }
            return resume(study, wave, unit, messages);
        }
        if (resendUncertain) {
            throw new BadInput("--resend-uncertain goes with --send and no --respondents: new links have no uncertain invitations");
        }
        List<Invitee> invitees = read(respondents);
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            Sendings sendings = app.getBean(Sendings.class);
            if (send) {
                try {
                    // refused before any link is issued, so a missing relay leaves nothing half done
                    sendings.ready();
                } catch (Rejected rejected) {
                    throw new BadInput("no links issued:\n  " + String.join("\n  ", rejected.reasons()));
                }
            }
            List<IssuedLink> links;
            try {
                links = app.getBean(InvitationService.class).issue(study, wave, unit, invitees);
            } catch (Rejected rejected) {
                throw new BadInput("no links issued:\n  " + String.join("\n  ", rejected.reasons()));
            }
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            csv.printRecord("respondent", "link");
            for (int i = 0; i < links.size(); i++) {
                if (!send || invitees.get(i).contact().email() == null) {
                    csv.printRecord(links.get(i).respondent().value(), links.get(i).url(message.baseUrl));
                }
            }
            csv.flush();
            System.err.printf("issued %d links for wave %s of study %s, unit %s%n", links.size(), wave, study, unit);
            if (send) {
                return RemindCommand.report(sendings.send(new Sendings.Request(study, wave, Optional.of(unit),
                        FieldworkSent.Kind.INVITATION, messages, message.baseUrl, false)), "invitations", System.err);
            }
        }
        return 0;
    }

    /** Sends the unit's invitations that a stopped sending (or a failed delivery) left unsent. */
    private int resume(StudyId study, WaveKey wave, UnitKey unit, MessageTemplates.Language messages) {
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            return RemindCommand.report(app.getBean(Sendings.class).send(new Sendings.Request(study, wave, Optional.of(unit),
                    FieldworkSent.Kind.INVITATION, messages, message.baseUrl, resendUncertain)), "invitations", System.out);
        } catch (Rejected rejected) {
            throw new BadInput("nothing sent:\n  " + String.join("\n  ", rejected.reasons()));
        }
    }

    /** The respondents file, with every malformed value reported at once by line and column. */
    static List<Invitee> read(Path file) throws IOException {
        List<Invitee> invitees = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            int columns = header.size();
            if (columns < COLUMNS.size() || columns > COLUMNS.size() + CONTACT_COLUMNS.size()
                    || !header.equals(java.util.stream.Stream.concat(COLUMNS.stream(), CONTACT_COLUMNS.stream()).limit(columns).toList())) {
                throw new BadInput(file + ": the header must be " + String.join(",", COLUMNS) + " followed by nothing, email, or email,phone; was "
                        + String.join(",", header));
            }
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (row.size() != columns) {
                    problems.add(file + " line " + line + ": expected " + columns + " columns, found " + row.size());
                    continue;
                }
                String at = file + " line " + line + ", column ";
                String respondent = row.get(0);
                String group = row.get(1);
                String email = columns > 2 && !row.get(2).isEmpty() ? row.get(2) : null;
                String phone = columns > 3 && !row.get(3).isEmpty() ? row.get(3) : null;
                int before = problems.size();
                if (Pseudonyms.looksLikeCpr(respondent)) {
                    // never echo what may be a CPR number into a terminal or a log
                    problems.add(at + "respondent: must be a pseudonymous id, never a CPR number, was something shaped like one");
                } else if (!Pseudonyms.isValid(respondent)) {
                    problems.add(at + "respondent: " + Pseudonyms.rule() + ", was '" + respondent + "'");
                }
                if (!group.isEmpty() && !Keys.isValid(group)) {
                    problems.add(at + "respondent_group: must be a group key or empty for a citizen, was '" + group + "'");
                }
                // a contact is personal data: the refusal names the line and column, not the value
                Contact.emailProblem(email).ifPresent(problem -> problems.add(at + "email: " + problem));
                Contact.phoneProblem(phone).ifPresent(problem -> problems.add(at + "phone: " + problem));
                if (problems.size() == before) {
                    invitees.add(new Invitee(RespondentId.of(respondent), group.isEmpty() ? null : GroupKey.of(group),
                            new Contact(email, phone), new Invitee.Listed(file.toString(), line)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput("malformed respondents file:\n  " + String.join("\n  ", problems));
        }
        return invitees;
    }
}
