package dk.samspil.ui.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ./samspil invite on a small study whose wave is open today (the command reads the real date). */
class InviteCommandTest {

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void importAStudyWithAWaveOpenToday() throws IOException {
        data = dir.resolve("data");
        Cli.Result imported = Cli.run("--data", data.toString(), "import", OpenWaveBundle.write(dir.resolve("bundle"), "p1").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void prints_one_link_per_respondent_and_the_database_keeps_only_their_hashes() throws Exception {
        Path respondents = write("respondents.csv", "respondent,respondent_group\np-web-1,skole\nc-web-1,\n");

        Cli.Result invited = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", respondents.toString(), "--base-url", "https://survey.example.dk/");

        assertThat(invited.exit()).as(invited.err()).isZero();
        List<String> lines = invited.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo("respondent,link");
        assertThat(lines.get(1)).matches("p-web-1,https://survey\\.example\\.dk/q/[A-Za-z0-9_-]{43}");
        assertThat(lines.get(2)).matches("c-web-1,https://survey\\.example\\.dk/q/[A-Za-z0-9_-]{43}");
        assertThat(invited.err()).contains("issued 2 links for wave nu of study aaben, unit u1");
        List<String> tokens = lines.subList(1, 3).stream().map(line -> line.substring(line.lastIndexOf('/') + 1)).toList();
        assertThat(tokens).doesNotHaveDuplicates();

        List<List<String>> rows = invitations();
        assertThat(rows).extracting(row -> row.get(0)).containsExactlyInAnyOrder(sha256(tokens.get(0)), sha256(tokens.get(1)));
        assertThat(rows).extracting(row -> row.get(4) + "/" + row.get(5) + "/" + row.get(6))
                .containsExactlyInAnyOrder("p-web-1/skole/professional", "c-web-1/null/citizen");
        assertThat(rows.toString()).doesNotContain(tokens.get(0)).doesNotContain(tokens.get(1));

        Cli.Result log = Cli.run("log", "--data", data.toString(), "--study", "aaben", "--limit", "1");
        assertThat(log.out()).contains("2 questionnaire links issued for wave nu in unit u1");
    }

    @Test
    void refuses_with_every_reason_and_issues_nothing() throws Exception {
        Path first = write("first.csv", "respondent,respondent_group\np-web-1,skole\n");
        assertThat(Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", first.toString()).exit()).isZero();
        Path again = write("again.csv", "respondent,respondent_group\np-web-1,skole\np-web-2,laerere\n");

        Cli.Result refused = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u9",
                "--respondents", again.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err())
                .contains("no links issued:")
                .contains("study aaben has no unit 'u9' (units: u1)")
                .contains(again + " line 3, column respondent_group: study aaben has no group 'laerere' (groups: skole, ppr)")
                .contains("already invited to wave nu (a link works once per wave): p-web-1");
        assertThat(invitations()).hasSize(1);
    }

    @Test
    void a_malformed_respondents_file_is_reported_line_by_line() throws Exception {
        Path bad = write("bad.csv", "respondent,respondent_group\n0101901234,skole\np-web-3,Skole\np-web-4,skole\n");

        Cli.Result refused = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", bad.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains(bad + " line 2, column respondent: must be a pseudonymous id, never a CPR number")
                .doesNotContain("0101901234")
                .contains(bad + " line 3, column respondent_group: must be a group key or empty for a citizen, was 'Skole'")
                .doesNotContain("line 4");
        assertThat(invitations()).isEmpty();
    }

    @Test
    void contacts_are_kept_only_sealed_beside_the_link() throws Exception {
        Path respondents = write("contacts.csv", "respondent,respondent_group,email,phone\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk,+4512345678\np-mail-2,ppr,,\nc-mail-1,,borger@example.dk,\n");

        Cli.Result invited = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", respondents.toString());

        assertThat(invited.exit()).as(invited.err()).isZero();
        assertThat(invited.out().lines()).hasSize(4);
        String everything = invitations().toString();
        assertThat(everything).doesNotContain("anna.jensen").doesNotContain("12345678").doesNotContain("borger@");
        assertThat(invitations()).filteredOn(row -> row.contains("p-mail-1") || row.contains("c-mail-1"))
                .hasSize(2).allSatisfy(row -> assertThat(row).contains("aes-256-gcm/v1"));
        assertThat(invitations()).filteredOn(row -> row.contains("p-mail-2")).singleElement()
                .satisfies(row -> assertThat(row).doesNotContain("aes-256-gcm/v1"));
        assertThat(invited.err()).doesNotContain("anna.jensen");
    }

    @Test
    void a_malformed_contact_list_is_refused_by_file_line_and_column_and_issues_nothing() throws Exception {
        Path bad = write("contacts.csv", "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-2,skole,karl.hansen@@example\np-mail-3,ppr,Karl <karl@example.dk>\n"
                + "p-mail-1,ppr,anna@example.dk\np-mail-4,laerere,ole@example.dk\n");

        Cli.Result refused = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", bad.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err())
                .contains(bad + " line 3, column email: not an e-mail address")
                .contains(bad + " line 4, column email: not an e-mail address")
                .doesNotContain("karl");
        assertThat(invitations()).isEmpty();

        Path fixedAddresses = write("contacts2.csv", "respondent,respondent_group,email\n"
                + "p-mail-1,skole,anna.jensen@skole.example.dk\np-mail-1,ppr,anna@example.dk\np-mail-4,laerere,ole@example.dk\n");
        refused = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", fixedAddresses.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains(fixedAddresses + " line 3, column respondent: p-mail-1 is listed twice (first on line 2)")
                .contains(fixedAddresses + " line 4, column respondent_group: study aaben has no group 'laerere'")
                .doesNotContain("ole@");
        assertThat(invitations()).isEmpty();

        Path header = write("header.csv", "respondent,respondent_group,phone\np-mail-1,skole,+4512345678\n");
        Cli.Result wrongHeader = Cli.run("invite", "--data", data.toString(), "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", header.toString());
        assertThat(wrongHeader.exit()).isEqualTo(1);
        assertThat(wrongHeader.err()).contains(header + ": the header must be respondent,respondent_group followed by nothing, email, or email,phone");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Every row of the link table, each column as text, read straight from the event-store database. */
    private List<List<String>> invitations() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events").resolve("samspil"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM questionnaire_invitation")) {
            List<List<String>> rows = new ArrayList<>();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= r.getMetaData().getColumnCount(); column++) {
                    row.add(String.valueOf(r.getString(column)).strip());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
