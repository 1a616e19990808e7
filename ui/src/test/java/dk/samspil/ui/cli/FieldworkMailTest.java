package dk.samspil.ui.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.samspil.ui.SamspilApplication;
import dk.samspil.ui.app.fieldwork.Bounces;
import dk.samspil.ui.app.fieldwork.PlannedSendings;
import dk.samspil.ui.runtime.launch.Launcher;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations and reminders through a real SMTP server (GreenMail): they arrive with a link that works,
 * reminders reach only those who have not answered and nobody twice, a message a stopped sending left
 * uncertain goes out again only when asked, and an erasure leaves the address in no file.
 */
class FieldworkMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final Pattern LINK = Pattern.compile("https://survey\\.example\\.dk/q/([A-Za-z0-9_-]{43})");

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void importAStudyWithAWaveOpenToday() throws IOException {
        data = dir.resolve("data");
        Path bundle = OpenWaveBundle.write(dir.resolve("bundle"), "p1");
        // a relationship map of two cells, so the fieldwork view has raters to count
        Files.writeString(bundle.resolve("study.json"), Files.readString(bundle.resolve("study.json")).replace("\"relations\": []",
                "\"relations\": [{\"from\": \"skole\", \"to\": \"ppr\", \"importance\": \"high\"}, "
                        + "{\"from\": \"ppr\", \"to\": \"skole\", \"importance\": \"middle\"}]"));
        Cli.Result imported = Cli.run("--data", data.toString(), "import", bundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", Integer.toString(SMTP.getSmtp().getPort()));
        System.setProperty("samspil.fieldwork.from", "undersoegelse@proeve.example.dk");
    }

    @AfterEach
    void forgetTheRelay() {
        System.clearProperty("spring.mail.host");
        System.clearProperty("spring.mail.port");
        System.clearProperty("samspil.fieldwork.from");
        System.clearProperty("samspil.fieldwork.bounces.url");
        System.clearProperty("samspil.fieldwork.bounces.password");
    }

    @Test
    void a_waves_own_text_is_refused_field_by_field_until_it_holds_the_link_then_goes_out_with_its_version_recorded() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "Kære kollega\r\nSvar senest {slutdato}.\r\n", StandardCharsets.UTF_8);
        Cli.Result refused = template("Vær med i {study}", wrong);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("no text saved from " + wrong).contains("body: has no {link}")
                .contains("body line 2: unknown placeholder {slutdato}; use {study}, {link}, {closes}");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Kære {link}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(template("Vær med", latin1).err()).contains(latin1 + ": is not UTF-8 text");
        Cli.Result shown = Cli.run("template", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--kind", "invitation");
        assertThat(shown.out()).as("nothing saved: the built-in text goes out").contains("version builtin-1/da").contains("Subject: Spørgeskema: {study}");

        Path own = Files.writeString(dir.resolve("own.txt"), "Kære kollega\n\nVær med i {study}:\n{link}\n\nSidste frist: {closes}.\n",
                StandardCharsets.UTF_8);
        Cli.Result saved = template("Vær med i {study}", own);
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).containsPattern("version custom-[0-9a-f]{12}/da").contains("Subject: Vær med i {study}");
        String version = saved.out().replaceAll("(?s).*version (custom-[0-9a-f]{12}/da).*", "$1");

        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\np-mail-1,skole,anna.jensen@skole.example.dk\n",
                StandardCharsets.UTF_8);
        Cli.Result invited = invite(people);
        assertThat(invited.exit()).as(invited.err()).isZero();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Vær med i Åben bølge");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).startsWith("Kære kollega\n\nVær med i Åben bølge:\nhttps://survey.example.dk/q/").containsPattern("Sidste frist: \\d+\\. \\w+ 20\\d\\d\\.");
        assertThat(Cli.run("log", "--data", data.toString(), "--study", "aaben", "--limit", "3").out())
                .contains("1 invitations sent for wave nu in unit u1 (template " + version + ")");
    }

    @Test
    void a_bounced_invitation_is_shown_per_unit_and_its_address_is_not_written_to_again() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-2,skole,ingen.her@skole.example.dk\n", StandardCharsets.UTF_8);
        assertThat(invite(people).exit()).isZero();
        MimeMessage lost = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals("ingen.her@skole.example.dk")).findFirst().orElseThrow();
        assertThat(lost.getMessageID()).as("the Message-ID names the message, not the person").matches("<[0-9a-f]{32}\\.samspil@proeve\\.example\\.dk>");

        // the relay returns it to the bounce address as a delivery status notification, as Postfix writes one
        GreenMailUser bounces = SMTP.setUser("bounces@proeve.example.dk", "bounces", "hemmelig");
        bounces.deliver(mail(DSN.formatted(lost.getMessageID())));
        bounces.deliver(mail("From: kollega@proeve.example.dk\r\nTo: bounces@proeve.example.dk\r\nSubject: Frokost\r\n"
                + "Message-ID: <frokost@proeve.example.dk>\r\n\r\nSes kl. 12?\r\n"));
        System.setProperty("samspil.fieldwork.bounces.url", "imap://bounces@127.0.0.1:" + SMTP.getImap().getPort() + "/INBOX");
        System.setProperty("samspil.fieldwork.bounces.password", "hemmelig");
        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            Bounces reader = app.getBean(Bounces.class);
            assertThat(reader.read()).as("the notification marks the message; other mail is left").isEqualTo(new Bounces.Reading(1, 1));
            assertThat(reader.read()).as("the notification was removed from the mailbox").isEqualTo(new Bounces.Reading(0, 1));
        }
        assertThat(count("SELECT count(*) FROM fieldwork_message WHERE state = 'BOUNCED' AND failure = 'bounced: 5.1.1'")).isOne();

        Cli.Result fieldwork = Cli.run("fieldwork", "--data", data.toString(), "--study", "aaben", "--wave", "nu");
        assertThat(fieldwork.out()).as("invited, answered, %, sent, failed, bounced, uncertain").containsPattern("u1\\s+2\\s+0\\s+0\\s+1\\s+0\\s+1\\s+0");
        Cli.Result reminded = remind();
        assertThat(reminded.err()).contains("sent 1 reminders");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("Påmindelse")).map(FieldworkMailTest::to))
                .as("the bounced address is not reminded").containsExactly("anna.jensen@skole.example.dk");
    }

    /** A Postfix notification that the message with the %s Message-ID could not be delivered (5.1.1: no such mailbox). */
    private static final String DSN = """
            From: MAILER-DAEMON@relay.proeve.example.dk (Mail Delivery System)\r
            To: bounces@proeve.example.dk\r
            Subject: Undelivered Mail Returned to Sender\r
            Message-ID: <20261203120000.B1@relay.proeve.example.dk>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/report; report-type=delivery-status; boundary="B1.1764763200/relay"\r
            \r
            --B1.1764763200/relay\r
            Content-Type: text/plain; charset=us-ascii\r
            \r
            This is the mail system at host relay.proeve.example.dk.\r
            <ingen.her@skole.example.dk>: host mx.skole.example.dk said: 550 5.1.1 <ingen.her@skole.example.dk>: Recipient address rejected\r
            \r
            --B1.1764763200/relay\r
            Content-Type: message/delivery-status\r
            \r
            Reporting-MTA: dns; relay.proeve.example.dk\r
            Arrival-Date: Thu,  3 Dec 2026 13:00:00 +0100 (CET)\r
            \r
            Final-Recipient: rfc822; ingen.her@skole.example.dk\r
            Original-Recipient: rfc822;ingen.her@skole.example.dk\r
            Action: failed\r
            Status: 5.1.1\r
            Remote-MTA: dns; mx.skole.example.dk\r
            Diagnostic-Code: smtp; 550 5.1.1 <ingen.her@skole.example.dk>: Recipient address rejected\r
            \r
            --B1.1764763200/relay\r
            Content-Type: text/rfc822-headers\r
            \r
            From: undersoegelse@proeve.example.dk\r
            To: ingen.her@skole.example.dk\r
            Message-ID: %s\r
            \r
            --B1.1764763200/relay--\r
            """;

    private static MimeMessage mail(String raw) throws jakarta.mail.MessagingException {
        return new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    private Cli.Result template(String subject, Path body) {
        return Cli.run("template", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--kind", "invitation", "--language", "da",
                "--subject", subject, "--body", body.toString());
    }

    @Test
    void invitations_arrive_with_a_working_link_and_reminders_reach_only_those_who_have_not_answered() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-2,ppr,ole.berg@ppr.example.dk\np-mail-3,skole,\n", StandardCharsets.UTF_8);

        Cli.Result invited = invite(people);

        assertThat(invited.exit()).as(invited.err()).isZero();
        assertThat(invited.out().lines().toList()).as("only the link of the respondent without an address is printed")
                .hasSize(2).last().asString().startsWith("p-mail-3,https://survey.example.dk/q/");
        assertThat(invited.err()).containsPattern("u1\\s+2\\s+0\\s+0\\s+0").contains("sent 2 invitations")
                .doesNotContain("anna.jensen").doesNotContain("ole.berg");
        MimeMessage[] invitations = SMTP.getReceivedMessages();
        assertThat(invitations).hasSize(2);
        assertThat(Arrays.stream(invitations).map(FieldworkMailTest::to)).containsExactlyInAnyOrder(
                "anna.jensen@skole.example.dk", "ole.berg@ppr.example.dk");
        assertThat(invitations).extracting(FieldworkMailTest::subject).containsOnly("Spørgeskema: Åben bølge");
        assertThat(invitations[0].getFrom()[0].toString()).isEqualTo("undersoegelse@proeve.example.dk");
        String annasLink = linkTo("anna.jensen@skole.example.dk", invitations);

        // anna answers through the link from her mail: it works
        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(Cluster.submit(base, annasLink)).as("answering through the mailed link").isEqualTo(201);
        }

        Cli.Result reminded = remind();
        assertThat(reminded.exit()).as(reminded.err()).isZero();
        assertThat(reminded.err()).contains("sent 1 reminders");
        // GreenMail lists messages per mailbox, not in the order they came: a reminder is told by its subject
        List<MimeMessage> reminders = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("Påmindelse")).toList();
        assertThat(reminders).as("only ole, who has not answered, is reminded").singleElement()
                .satisfies(m -> assertThat(to(m)).isEqualTo("ole.berg@ppr.example.dk"))
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Påmindelse: Åben bølge"));
        assertThat(linkTo("ole.berg@ppr.example.dk", reminders.toArray(MimeMessage[]::new)))
                .as("the reminder carries the same link").isEqualTo(linkTo("ole.berg@ppr.example.dk", invitations));

        Cli.Result again = remind();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("u1\\s+0\\s+0\\s+0\\s+1");
        assertThat(SMTP.getReceivedMessages()).as("nobody reminded twice on one day").hasSize(3);

        Cli.Result fieldwork = Cli.run("fieldwork", "--data", data.toString(), "--study", "aaben", "--wave", "nu");
        assertThat(fieldwork.exit()).as(fieldwork.err()).isZero();
        assertThat(fieldwork.out())
                .contains("Fieldwork: study aaben, wave nu, k = 5: 1 of 3 links answered (33 %); 0 of 2 relation cells have k raters")
                .containsPattern("u1\\s+3\\s+1\\s+33\\s+3\\s+0\\s+0")
                .containsPattern("skole\\s+2\\s+1\\s+50")
                .containsPattern("ppr\\s+1\\s+0\\s+0")
                .as("p1 from the import and anna through her link have rated ppr").containsPattern("skole\\s+ppr\\s+2\\s+no, 3 more")
                .containsPattern("ppr\\s+skole\\s+0\\s+no, 5 more")
                .doesNotContain("anna.jensen").doesNotContain("ole.berg");

        Cli.Result log = Cli.run("log", "--data", data.toString(), "--study", "aaben", "--limit", "5");
        assertThat(log.out()).contains("2 invitations sent for wave nu in unit u1 (template builtin-1/da)")
                .contains("1 reminders sent for wave nu in unit u1 (template builtin-1/da)")
                .doesNotContain("ole.berg").doesNotContain("anna.jensen");
    }

    @Test
    void a_message_a_stopped_sending_left_claimed_is_uncertain_and_goes_out_again_only_when_asked() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-2,ppr,ole.berg@ppr.example.dk\n", StandardCharsets.UTF_8);
        assertThat(invite(people).exit()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        // as a sender killed after the relay took its message and before marking it leaves it: claimed, an hour ago
        sql("UPDATE fieldwork_message SET state = 'CLAIMED', claimed_by = 'a stopped sender', claimed_at = DATEADD('HOUR', -1, CURRENT_TIMESTAMP), "
                + "done_at = NULL WHERE message_id LIKE 'invitation:%' AND token_hash IN "
                + "(SELECT token_hash FROM questionnaire_invitation WHERE respondent = 'p-mail-2')");

        Cli.Result resumed = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", Files.writeString(dir.resolve("more.csv"), "respondent,respondent_group,email\np-mail-4,skole,kim@example.dk\n")
                        .toString(), "--send", "--base-url", "https://survey.example.dk/");
        assertThat(resumed.exit()).as("an uncertain message is a reason to look").isEqualTo(1);
        assertThat(resumed.err()).containsPattern("u1\\s+1\\s+0\\s+1\\s+1");
        assertThat(resumed.err()).contains("1 uncertain").contains("--resend-uncertain");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(FieldworkMailTest::to))
                .as("the uncertain one is not sent again unasked").containsExactlyInAnyOrder(
                        "anna.jensen@skole.example.dk", "ole.berg@ppr.example.dk", "kim@example.dk");
    }

    @Test
    void a_sending_killed_half_way_resumes_and_sends_nobody_twice() throws Exception {
        int people = 240;
        StringBuilder list = new StringBuilder("respondent,respondent_group,email\n");
        for (int i = 0; i < people; i++) {
            list.append("p-kill-").append(i).append(i % 2 == 0 ? ",skole," : ",ppr,").append("person").append(i).append("@example.dk\n");
        }
        Path listed = Files.writeString(dir.resolve("many.csv"), list);
        Process sending = samspil("invite", "--study", "aaben", "--wave", "nu", "--unit", "u1", "--respondents", listed.toString(), "--send",
                "--base-url", "https://survey.example.dk/");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (SMTP.getReceivedMessages().length < people / 8 && sending.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        sending.destroyForcibly().waitFor();
        int beforeKill = SMTP.getReceivedMessages().length;
        assertThat(beforeKill).as("killed half-way (log: %s)", Files.exists(dir.resolve("kill.log")) ? Files.readString(dir.resolve("kill.log")) : "")
                .isBetween(1, people - 1);

        Cli.Result resumed = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1", "--send",
                "--base-url", "https://survey.example.dk/");

        List<String> to = Arrays.stream(SMTP.getReceivedMessages()).map(FieldworkMailTest::to).toList();
        assertThat(to).as("nobody invited twice").doesNotHaveDuplicates();
        Matcher uncertain = Pattern.compile("u1\\s+(\\d+)\\s+0\\s+(\\d+)\\s+(\\d+)").matcher(resumed.err() + resumed.out());
        assertThat(uncertain.find()).as(resumed.out() + resumed.err()).isTrue();
        int sentNow = Integer.parseInt(uncertain.group(1));
        int unsure = Integer.parseInt(uncertain.group(2));
        assertThat(unsure).as("one sender: at most its one message in flight is uncertain").isBetween(0, 1);
        assertThat(to.size()).as("everyone but an uncertain one has had exactly one invitation").isBetween(people - unsure, people);
        assertThat(sentNow).isEqualTo(to.size() - beforeKill);
        assertThat(resumed.exit()).as("exit 1 only for an uncertain message").isEqualTo(unsure == 0 ? 0 : 1);
        System.out.printf("killed after %d of %d invitations; the resumed sending sent %d, %d uncertain%n", beforeKill, people, sentNow, unsure);
    }

    @Test
    void a_planned_invitation_goes_out_on_its_day_in_the_plans_language_once() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-2,ppr,ole.berg@ppr.example.dk\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", people.toString()).exit()).isZero();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

        Cli.Result wrong = schedule(today.toString(), today.minusDays(1) + "," + today.plusDays(90), "not-an-address");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("no plan saved:").contains("remind-on: " + today.minusDays(1) + " is not after the invitations")
                .contains("remind-on: " + today.plusDays(90) + " is after the wave closes").contains("from: not an e-mail address");
        Cli.Result planned = schedule(today.toString(), today.plusDays(3).toString(), "feltarbejde@proeve.example.dk");
        assertThat(planned.exit()).as(planned.err()).isZero();
        assertThat(planned.out()).contains("invitations on " + today + ", reminders on [" + today.plusDays(3) + "], in en, from feltarbejde@proeve.example.dk");
        assertThat(SMTP.getReceivedMessages()).as("nothing sent when planning").isEmpty();

        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            PlannedSendings sendings = app.getBean(PlannedSendings.class);
            assertThat(sendings.run()).as("today's invitations").isEqualTo(1);
            assertThat(sendings.run()).as("made once, the reminders not yet due").isZero();
        }
        MimeMessage[] sent = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(sent).map(FieldworkMailTest::to)).containsExactlyInAnyOrder("anna.jensen@skole.example.dk", "ole.berg@ppr.example.dk");
        assertThat(sent).extracting(FieldworkMailTest::subject).containsOnly("Questionnaire: Åben bølge");
        assertThat(sent[0].getFrom()[0].toString()).isEqualTo("feltarbejde@proeve.example.dk");
    }

    @Test
    void a_replaced_link_is_dead_at_once_and_the_new_one_is_mailed() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-2,ppr,ole.berg@ppr.example.dk\n", StandardCharsets.UTF_8);
        assertThat(invite(people).exit()).isZero();
        String old = linkTo("anna.jensen@skole.example.dk", SMTP.getReceivedMessages());

        Cli.Result replaced = Cli.run("replace-link", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--respondent", "p-mail-1",
                "--send", "--base-url", "https://survey.example.dk/");

        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(replaced.err()).contains("sent 1 invitations");
        List<MimeMessage> toAnna = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals("anna.jensen@skole.example.dk")).toList();
        assertThat(toAnna).hasSize(2);
        assertThat(SMTP.getReceivedMessages()).as("only anna gets the new link").hasSize(3);
        String renewed = toAnna.stream().map(m -> linkTo("anna.jensen@skole.example.dk", new MimeMessage[]{m})).filter(l -> !l.equals(old))
                .findFirst().orElseThrow();
        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(Cluster.submit(base, old)).as("the old link").isEqualTo(404);
            assertThat(Cluster.submit(base, renewed)).as("the new link").isEqualTo(201);
        }
        Cli.Result answered = Cli.run("replace-link", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--respondent", "p-mail-1");
        assertThat(answered.exit()).isEqualTo(1);
        assertThat(answered.err()).contains("respondent p-mail-1 has answered wave nu: a used link is not replaced");
        Cli.Result unknown = Cli.run("replace-link", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--respondent", "p-nobody");
        assertThat(unknown.err()).contains("respondent p-nobody has no link for wave nu of study aaben");
    }

    @Test
    void a_respondent_with_only_a_mobile_number_gets_the_link_through_the_sms_gateway() throws Exception {
        List<String> received = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        com.sun.net.httpserver.HttpServer gateway = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        gateway.start();
        System.setProperty("samspil.fieldwork.sms-url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        System.setProperty("samspil.fieldwork.sms-token", "gateway-secret");
        try {
            Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email,phone\n"
                    + "p-mail-1,skole,anna.jensen@skole.example.dk,\np-sms-1,ppr,,+4512345678\n", StandardCharsets.UTF_8);
            Cli.Result invited = invite(people);
            assertThat(invited.exit()).as(invited.err()).isZero();
            assertThat(invited.err()).contains("sent 2 invitations");
        } finally {
            System.clearProperty("samspil.fieldwork.sms-url");
            System.clearProperty("samspil.fieldwork.sms-token");
            gateway.stop(0);
        }
        assertThat(SMTP.getReceivedMessages()).extracting(FieldworkMailTest::to).containsExactly("anna.jensen@skole.example.dk");
        assertThat(received).singleElement().asString().startsWith("Bearer gateway-secret {").contains("\"to\":\"+4512345678\"")
                .containsPattern("\"text\":\"Spørgeskema: Åben bølge\\\\nhttps://survey\\.example\\.dk/q/[A-Za-z0-9_-]{43}\"");
    }

    @Test
    void an_erasure_leaves_the_address_in_no_file_and_no_relay_means_no_links_issued() throws Exception {
        System.clearProperty("spring.mail.host");
        Path people = Files.writeString(dir.resolve("people.csv"), "respondent,respondent_group,email\np-mail-2,ppr,ole.berg@ppr.example.dk\n",
                StandardCharsets.UTF_8);
        Cli.Result refused = invite(people);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("no SMTP relay is configured: set SPRING_MAIL_HOST");
        assertThat(count("SELECT count(*) FROM questionnaire_invitation")).isZero();

        System.setProperty("spring.mail.host", "127.0.0.1");
        assertThat(invite(people).exit()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(count("SELECT count(*) FROM fieldwork_message")).isEqualTo(1);

        Cli.Result erased = Cli.run("erase", "--data", data.toString(), "--respondent", "p-mail-2");
        assertThat(erased.exit()).as(erased.err()).isZero();
        assertThat(count("SELECT count(*) FROM fieldwork_message")).isZero();
        assertThat(EraseCommandTest.filesHolding(data, "ole.berg")).as("files holding the address").isEmpty();
        assertThat(EraseCommandTest.filesHolding(data, "p-mail-2")).as("files holding the respondent").isEmpty();
    }

    /** ./samspil in a process of its own, to kill -9, with the relay and sender of this test. */
    private Process samspil(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + SMTP.getSmtp().getPort(),
                "-Dsamspil.fieldwork.from=undersoegelse@proeve.example.dk",
                "-cp", System.getProperty("java.class.path"), SamspilApplication.class.getName(), "--data", data.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("kill.log").toFile()).start();
    }

    private Cli.Result invite(Path people) {
        return Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", people.toString(), "--send", "--base-url", "https://survey.example.dk/");
    }

    private Cli.Result schedule(String inviteOn, String remindOn, String from) {
        return Cli.run("schedule", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--invite-on", inviteOn, "--remind-on", remindOn,
                "--from", from, "--base-url", "https://survey.example.dk/", "--language", "en");
    }

    private Cli.Result remind() {
        return Cli.run("remind", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--base-url", "https://survey.example.dk/");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String linkTo(String address, MimeMessage[] messages) {
        MimeMessage message = Arrays.stream(messages).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
        Matcher link;
        try {
            link = LINK.matcher((String) message.getContent());
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        assertThat(link.find()).as("a link in the mail to " + address).isTrue();
        return link.group(1);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events").resolve("samspil"));
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events").resolve("samspil"));
             Statement s = c.createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
