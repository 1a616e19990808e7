package dk.samspil.ui.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Background attributes in a bundle: study.json defines them, respondent_attributes.csv and
 * citizen_attributes.csv state them; stored sealed under the person's key, a changed value is a
 * correction, and a malformed file is refused line by line with nothing stored.
 */
class AttributesImportTest {


    @TempDir
    Path dir;

    @Test
    void attributes_are_stored_sealed_a_changed_value_is_a_correction_and_a_bad_file_stores_nothing() throws Exception {
        Path data = dir.resolve("data");
        Path bundle = mini(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("respondent_attributes.csv"),
                "wave,respondent,attribute,value\r\nw0,p00001,stilling,leder\r\nw0,p00002,stilling,medarbejder\r\nw1,p00002,stilling,leder\r\n");
        Files.writeString(bundle.resolve("citizen_attributes.csv"), "citizen,attribute,value,valid_from\r\nc00241,ressourcer,faa,2023-01-01\r\n");

        Cli.Result imported = Cli.run("--data", data.toString(), "import", bundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("4 background attribute values added, 0 corrected, 0 unchanged");
        assertThat(Cli.run("log", "--data", data.toString(), "--study", "mini", "--limit", "3000").out())
                .contains("attribute stilling stated for wave w1")
                .contains("respondent attribute stilling 'Stilling' defined with values [leder, medarbejder]")
                .contains("citizen attribute ressourcer 'Ressourcer' defined with values [faa, mange]");
        assertThat(count(data, "payloadType LIKE '%AttributeStated'")).isEqualTo(4);
        assertThat(count(data, "payloadType LIKE '%AttributeStated' AND (UTF8TOSTRING(payload) LIKE '%leder%' "
                + "OR UTF8TOSTRING(payload) LIKE '%p0000%' OR UTF8TOSTRING(payload) LIKE '%faa%')"))
                .as("values and pseudonyms only sealed").isZero();

        Files.writeString(bundle.resolve("respondent_attributes.csv"),
                "wave,respondent,attribute,value\r\nw0,p00001,stilling,leder\r\nw0,p00002,stilling,medarbejder\r\nw1,p00002,stilling,medarbejder\r\n");
        Cli.Result again = Cli.run("--data", data.toString(), "import", bundle.toString());
        assertThat(again.out()).contains("0 background attribute values added, 1 corrected, 3 unchanged");
        assertThat(count(data, "payloadType LIKE '%AttributeCorrected'")).isOne();

        long before = count(data, "TRUE");
        Files.writeString(bundle.resolve("respondent_attributes.csv"), "wave,respondent,attribute,value\r\n"
                + "w0,p00001,stilling,chef\r\n"
                + "w0,p00001,alder,30-39\r\n"
                + "w9,p00002,stilling,leder\r\n"
                + "w0,nobody,stilling,leder\r\n"
                + "w0,p00002,stilling,leder\r\n"
                + "w0,p00002,stilling,medarbejder\r\n"
                + "w0,p00003,ressourcer,faa\r\n");
        Files.writeString(bundle.resolve("citizen_attributes.csv"), "citizen,attribute,value,valid_from\r\nc99999,ressourcer,faa,2023-01-01\r\n"
                + "c00241,ressourcer,mange,1. januar\r\n");
        Cli.Result refused = Cli.run("--data", data.toString(), "import", bundle.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was stored")
                .contains("respondent_attributes.csv line 2, column value: expected a value of attribute stilling (leder, medarbejder), found 'chef'")
                .contains("respondent_attributes.csv line 3, column attribute: expected a respondent attribute of study.json (stilling), found 'alder'")
                .contains("respondent_attributes.csv line 4, column wave: expected a wave key of study.json, found 'w9'")
                .contains("respondent_attributes.csv line 5, column respondent: expected a respondent who answered wave w0 in the bundle's responses, found 'nobody'")
                .contains("respondent_attributes.csv line 7, column value: expected one value per wave, respondent and attribute (first on line 6)")
                .contains("respondent_attributes.csv line 8, column attribute: expected a respondent attribute of study.json (stilling), found 'ressourcer'")
                .contains("citizen_attributes.csv line 2, column citizen: expected a citizen the bundle's responses or outcomes name, found 'c99999'")
                .contains("citizen_attributes.csv line 3, column valid_from: expected an ISO date");
        assertThat(count(data, "TRUE")).as("nothing stored").isEqualTo(before);

        assertThat(readModel(data, "SELECT string_agg(person || ':' || coalesce(wave, CAST(valid_from AS VARCHAR)) || '=' || value, ' ' "
                + "ORDER BY person, wave) FROM person_attribute WHERE superseded_pos IS NULL"))
                .as("the current versions, opened from their seals").isEqualTo("c00241:2023-01-01=faa p00001:w0=leder p00002:w0=medarbejder "
                        + "p00002:w1=medarbejder");
        assertThat(readModel(data, "SELECT string_agg(value, ' ') FROM person_attribute WHERE superseded_pos IS NOT NULL")).isEqualTo("leder");

        Cli.Result erased = Cli.run("erase", "--data", data.toString(), "--respondent", "p00002");
        assertThat(erased.exit()).as(erased.err()).isZero();
        assertThat(readModel(data, "SELECT string_agg(DISTINCT person, ' ' ORDER BY person) FROM person_attribute"))
                .as("the erased respondent's values are in no read-model row").isEqualTo("c00241 p00001");
    }

    private static String readModel(Path data, String query) throws Exception {
        Path pointer = data.resolve("readmodel.current");
        Path file = data.resolve(Files.exists(pointer) ? Files.readString(pointer).strip() : "readmodel.duckdb");
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    /** The mini sample with the attributes in its study.json. */
    static Path mini(Path to) throws IOException {
        return dk.samspil.ui.web.testing.MiniStudy.withAttributes(to);
    }

    private static long count(Path data, String where) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events").resolve("samspil"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM DomainEventEntry WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }
}
