package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup restored into an empty data folder is the same repository; a file that is not a sound backup changes nothing. */
class BackupRestoreTest {

    private static final List<String> TABLES = List.of("DomainEventEntry", "SnapshotEventEntry", "person_key", "partner_secret",
            "questionnaire_invitation", "questionnaire_draft", "fieldwork_message", "fieldwork_plan", "fieldwork_template", "fieldwork_run", "app_user",
            "api_token");

    @TempDir
    static Path dir;
    static Path data;
    static Path backup;
    /** The mini sample, the agreement and the first export's record. */
    static final long HEAD = MiniSampleAcceptanceTest.MINI_EVENTS + 2;

    @BeforeAll
    static void importAgreeAndBackUp() throws Exception {
        data = dir.resolve("data");
        ok(Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString()));
        ok(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-DSA-2026-01", "--microdata"));
        // the partner's secret is made by its first export
        ok(Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "aau", "--out", dir.resolve("exports").resolve("first").toString()));
        // a questionnaire link with a saved draft, as a respondent leaves them
        try (Connection c = h2(data); Statement s = c.createStatement()) {
            s.execute("INSERT INTO questionnaire_invitation (token_hash, study, wave, unit, respondent, respondent_group, respondent_kind, "
                    + "issued_at, used_at, contact_scheme, contact_sealed) VALUES ('" + "a".repeat(64) + "', 'mini', 'w3', 'u1', 'p-web', 'g1', "
                    + "'professional', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+01', NULL, 'aes-256-gcm/v1', 'Y29udGFjdA==')");
            s.execute("INSERT INTO questionnaire_draft VALUES ('" + "a".repeat(64) + "', 'aes-gcm-v1', 'c2VhbGVk', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-02 11:00:00+01')");
            // its invitation went out, a reminder is uncertain, and the wave has a plan: a restore must not send them again
            s.execute("INSERT INTO fieldwork_message VALUES ('invitation:" + "a".repeat(64) + "', '" + "a".repeat(64) + "', 'mini', 'w3', 'u1', "
                    + "'INVITATION', DATE '2026-03-01', 'builtin-1/da', 'SENT', '1@node', TIMESTAMP WITH TIME ZONE '2026-03-01 10:01:00+01', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-01 10:01:01+01', NULL, '" + "0123456789abcdef".repeat(2) + "')");
            s.execute("INSERT INTO fieldwork_message VALUES ('reminder:2026-03-08:" + "a".repeat(64) + "', '" + "a".repeat(64) + "', 'mini', 'w3', "
                    + "'u1', 'REMINDER', DATE '2026-03-08', 'builtin-1/da', 'CLAIMED', '2@node', TIMESTAMP WITH TIME ZONE '2026-03-08 09:00:00+01', "
                    + "NULL, NULL, NULL)");
            s.execute("INSERT INTO fieldwork_plan VALUES ('mini', 'w3', DATE '2026-03-01', '2026-03-08,2026-03-15', 'da', 'a@example.dk', "
                    + "'https://survey.example.dk', 'anna', TIMESTAMP WITH TIME ZONE '2026-02-20 12:00:00+01')");
            s.execute("INSERT INTO fieldwork_template VALUES ('mini', 'w3', 'REMINDER', 'da', 'Husk {study}', 'Svar her: {link}', 'anna', "
                    + "TIMESTAMP WITH TIME ZONE '2026-02-20 12:05:00+01')");
            s.execute("INSERT INTO fieldwork_run VALUES ('mini', 'w3', 'INVITATION', DATE '2026-03-01', '1@node', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+01', TIMESTAMP WITH TIME ZONE '2026-03-01 10:02:00+01')");
        }
        // a sign-in account: settings, not history, and restored with it
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("korrekt hest batteri\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            ok(Cli.run("user", "add", "--data", data.toString(), "--username", "anna", "--role", "admin"));
        } finally {
            System.setIn(stdin);
        }
        // a personal API token: kept as its hash, restored with its account
        ok(Cli.run("user", "token", "create", "--data", data.toString(), "--username", "anna", "--label", "R"));
        backup = dir.resolve("backups").resolve("mini.samspil-backup.zip");
        Cli.Result backedUp = ok(Cli.run("backup", "--data", data.toString(), "--out", backup.toString()));
        assertThat(backedUp.out()).contains("backed up %,d events (up to position %d)".formatted(HEAD, HEAD))
                .contains("1 partner secrets", "1 questionnaire links");
    }

    @Test
    void a_backup_restored_into_an_empty_folder_has_the_same_tables_reports_and_export_and_takes_new_events() throws Exception {
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Cli.Result restore = ok(Cli.run("restore", "--data", restored.toString(), backup.toString()));
        assertThat(restore.out()).contains("restored %,d events (up to position %d)".formatted(HEAD, HEAD));

        Map<String, List<String>> before = tables(data);
        assertThat(before.get("person_key")).isNotEmpty();
        assertThat(before.get("app_user")).hasSize(1);
        assertThat(before.get("api_token")).hasSize(1);
        assertThat(tables(restored)).isEqualTo(before);
        for (String wave : List.of("w0", "w1", "w2", "w3")) {
            assertThat(report(restored, "report", "matrix", "--study", "mini", "--wave", wave, "--format", "json"))
                    .isEqualTo(report(data, "report", "matrix", "--study", "mini", "--wave", wave, "--format", "json"));
        }
        assertThat(report(restored, "report", "units", "--study", "mini", "--wave", "w2", "--instrument", "rk@1", "--format", "json"))
                .isEqualTo(report(data, "report", "units", "--study", "mini", "--wave", "w2", "--instrument", "rk@1", "--format", "json"));
        assertThat(report(restored, "log", "--limit", "50")).isEqualTo(report(data, "log", "--limit", "50"));

        // the same answers under the same keys, pseudonymised with the same partner secret: the same bytes
        Path original = dir.resolve("exports").resolve("original");
        Path fromRestored = dir.resolve("exports").resolve("restored");
        String position = Long.toString(MiniSampleAcceptanceTest.MINI_EVENTS + 1);
        ok(Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "aau", "--out", original.toString(), "--as-of", position));
        ok(Cli.run("export", "--data", restored.toString(), "--study", "mini", "--partner", "aau", "--out", fromRestored.toString(),
                "--as-of", position));
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(fromRestored.resolve(original.relativize(file)))).as("%s", original.relativize(file))
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        // new events continue after the restored ones
        assertThat(ok(Cli.run("partner", "agree", "--data", restored.toString(), "--partner", "ku", "--agreement", "KU-1")).out())
                .contains("at position " + (HEAD + 2));
    }

    @Test
    void a_backup_taken_while_the_application_serves_restores_to_the_same_tables() throws Exception {
        Path serving = dir.resolve("serving");
        ok(Cli.run("--data", serving.toString(), "import", Cli.sample("mini").toString()));
        Path file = dir.resolve("backups").resolve("served.zip");
        try (ConfigurableApplicationContext app = Launcher.start(serving, 0, Cli.WITHOUT_VAADIN)) {
            assertThat(ok(Cli.run("backup", "--data", serving.toString(), "--out", file.toString())).out())
                    .contains("backed up %,d events".formatted(MiniSampleAcceptanceTest.MINI_EVENTS), "while the application served");
            Cli.Result again = Cli.run("backup", "--data", serving.toString(), "--out", file.toString());
            assertThat(again.exit()).isEqualTo(1);
            assertThat(again.err()).contains(file + " already exists");
        }
        Path restored = dir.resolve("restored-from-serving");
        ok(Cli.run("restore", "--data", restored.toString(), file.toString()));
        assertThat(tables(restored)).isEqualTo(tables(serving));
    }

    @Test
    void a_backup_of_the_embedded_store_restores_into_an_empty_postgresql_and_only_into_an_empty_one() throws Exception {
        // as of the backup's position: other tests add events to the original
        String matrix = report(data, "report", "matrix", "--study", "mini", "--wave", "w2", "--as-of", Long.toString(HEAD), "--format", "json");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "postgres");
            try {
                Path restored = dir.resolve("restored-postgres");
                ok(Cli.run("restore", "--data", restored.toString(), backup.toString()));
                assertThat(report(restored, "report", "matrix", "--study", "mini", "--wave", "w2", "--as-of", Long.toString(HEAD), "--format", "json"))
                        .isEqualTo(matrix);
                assertThat(ok(Cli.run("partner", "agree", "--data", restored.toString(), "--partner", "ku", "--agreement", "KU-1")).out())
                        .contains("at position " + (HEAD + 1));

                Path again = dir.resolve("again-postgres");
                Cli.Result refused = Cli.run("restore", "--data", again.toString(), backup.toString());
                assertThat(refused.exit()).isEqualTo(1);
                assertThat(refused.err()).contains("the event store to restore into is not empty");
                assertThat(again).doesNotExist();
            } finally {
                System.clearProperty("spring.datasource.url");
                System.clearProperty("spring.datasource.username");
                System.clearProperty("spring.datasource.password");
            }
        }
    }

    @Test
    void refuses_a_data_folder_that_is_not_empty_and_changes_nothing() throws Exception {
        Map<String, List<String>> before = tables(data);
        Cli.Result refused = Cli.run("restore", "--data", data.toString(), backup.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("the data folder " + data + " is not empty");
        assertThat(tables(data)).isEqualTo(before);
    }

    @Test
    void refuses_a_file_that_is_not_a_sound_backup_naming_it_and_what_is_wrong() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a backup");
        refused(text, "notes.zip cannot be restored: it is not a zip file");

        Path damaged = rewritten("damaged.zip", "tables/person_key.jsonl", line -> line.replaceFirst("\"[A-Za-z0-9+/]{43}=\"",
                "\"" + "A".repeat(43) + "=\""));
        refused(damaged, "damaged.zip cannot be restored: tables/person_key.jsonl is damaged: its SHA-256 is");

        Path newer = rewritten("newer.zip", "manifest.json", manifest -> manifest.replace("\"version\" : 4", "\"version\" : 5"));
        refused(newer, "newer.zip cannot be restored: it is version 5 of the backup format; this Samspil reads versions 1 to 4");

        Path foreign = rewritten("foreign.zip", "manifest.json", manifest -> manifest.replace("samspil-backup", "other-backup"));
        refused(foreign, "foreign.zip cannot be restored: its format is 'other-backup', not samspil-backup");
    }

    @Test
    void a_backup_of_the_first_format_restores_its_accounts_without_what_came_later() throws Exception {
        Path old = versionOne();
        Path restored = dir.resolve("restored-v1");
        ok(Cli.run("restore", "--data", restored.toString(), old.toString()));
        Map<String, List<String>> before = tables(data);
        Map<String, List<String>> after = tables(restored);
        assertThat(after.get("api_token")).isEmpty();
        assertThat(after.get("app_user")).singleElement().asString().startsWith("anna|").endsWith("|null|null|");
        // other tests may have added events to the original since the backup
        assertThat(after.get("DomainEventEntry")).isEqualTo(before.get("DomainEventEntry").subList(0, (int) HEAD));
        assertThat(after.get("person_key")).isEqualTo(before.get("person_key"));
    }

    /** The backup as the first format wrote it: no API tokens or fieldwork, accounts without their identity-provider link, links without contacts. */
    private static Path versionOne() throws IOException {
        Path copy = dir.resolve("version-1.zip");
        var json = dk.samspil.domain.shared.DomainJson.newMapper();
        try (ZipFile zip = new ZipFile(backup.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            manifest.put("version", 1);
            var tables = (com.fasterxml.jackson.databind.node.ArrayNode) manifest.get("tables");
            // what came after the first format: whole tables, and the last columns of others
            Set<String> later = Set.of("api_token", "fieldwork_message", "fieldwork_plan", "fieldwork_template", "fieldwork_run");
            Map<String, Integer> laterColumns = Map.of("app_user", 2, "questionnaire_invitation", 2);
            Map<String, String> rewritten = new java.util.HashMap<>();
            for (Map.Entry<String, Integer> table : laterColumns.entrySet()) {
                StringBuilder rows = new StringBuilder();
                for (String line : new String(zip.getInputStream(zip.getEntry("tables/" + table.getKey() + ".jsonl")).readAllBytes(),
                        StandardCharsets.UTF_8).split("\n")) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    var row = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(line);
                    for (int n = 0; n < table.getValue(); n++) {
                        row.remove(row.size() - 1);
                    }
                    rows.append(json.writeValueAsString(row)).append('\n');
                }
                rewritten.put("tables/" + table.getKey() + ".jsonl", rows.toString());
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                var table = (com.fasterxml.jackson.databind.node.ObjectNode) tables.get(i);
                String name = table.get("name").asText();
                if (later.contains(name)) {
                    tables.remove(i);
                } else if (rewritten.containsKey("tables/" + name + ".jsonl")) {
                    table.put("sha256", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(rewritten.get("tables/" + name + ".jsonl").getBytes(StandardCharsets.UTF_8))));
                }
            }
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (later.stream().anyMatch(t -> e.getName().equals("tables/" + t + ".jsonl"))) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("manifest.json") ? json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest)
                        : rewritten.containsKey(e.getName()) ? rewritten.get(e.getName()).getBytes(StandardCharsets.UTF_8)
                        : zip.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return copy;
    }

    @Test
    void will_not_write_over_an_existing_file() throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.zip"), "keep me");
        Cli.Result refused = Cli.run("backup", "--data", data.toString(), "--out", existing.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(existing + " already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    private static void refused(Path file, String message) {
        Path target = dir.resolve("never-" + file.getFileName());
        Cli.Result refused = Cli.run("restore", "--data", target.toString(), file.toString());
        assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains(message).contains("nothing was restored");
        assertThat(target).doesNotExist();
    }

    /** A copy of the backup with one entry's text changed. */
    private static Path rewritten(String name, String entry, UnaryOperator<String> change) throws IOException {
        Path copy = dir.resolve(name);
        try (ZipFile zip = new ZipFile(backup.toFile()); OutputStream out = Files.newOutputStream(copy);
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                rewritten.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readAllBytes();
                    if (e.getName().equals(entry)) {
                        String before = new String(bytes, StandardCharsets.UTF_8);
                        String after = change.apply(before);
                        assertThat(after).as("the change to %s", entry).isNotEqualTo(before);
                        bytes = after.getBytes(StandardCharsets.UTF_8);
                    }
                    rewritten.write(bytes);
                }
                rewritten.closeEntry();
            }
        }
        return copy;
    }

    private static String report(Path folder, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", folder.toString()));
        return ok(Cli.run(all.toArray(String[]::new))).out();
    }

    /** Every row of every backed-up table, in a fixed order, as text. */
    static Map<String, List<String>> tables(Path folder) throws Exception {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (Connection c = h2(folder); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = r.getObject(i);
                            row.append(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(value)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                all.put(table, rows);
            }
        }
        return all;
    }

    private static Connection h2(Path folder) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("events").resolve("samspil"));
    }

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }
}
