package dk.samspil.domain.intake;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Malformed bundles, generated from the mini study by one corruption each: the import never
 * crashes, stores nothing of a refused bundle, and says what is wrong and where.
 */
class MalformedBundlesProperties {

    private static final String MINI = "mini/";
    private static final List<String> CSV_FILES = List.of("responses.csv", "interventions.csv", "org_changes.csv",
            "milestones.csv", "outcomes.csv");
    /** A refused bundle's report stays readable: no problem quotes megabytes back at the user. */
    private static final int MAX_PROBLEM_CHARS = 2_000;

    private Path dir;

    @BeforeTry
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("samspil-malformed-");
    }

    @AfterTry
    void removeDir() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Example
    void the_uncorrupted_bundle_is_stored_whole_as_folder_and_as_zip() throws IOException {
        for (boolean zipped : new boolean[]{false, true}) {
            RecordingStore store = new RecordingStore();
            ImportSummary summary = store.importer().importBundle(write(valid(), zipped, "valid" + zipped), ImportProgress.SILENT);
            assertThat(summary.questionnaires().added()).isPositive();
            assertThat(store.stored()).isNotEmpty();
        }
    }

    @Property(tries = 8)
    void a_command_refused_late_in_the_import_leaves_nothing_stored(@ForAll @IntRange(min = 0, max = 7) int refused,
                                                                   @ForAll boolean zipped) throws IOException {
        RecordingStore store = new RecordingStore(refused);
        Path bundle = write(valid(), zipped, "bundle");
        BundleRejected rejected = catchThrowableOfType(BundleRejected.class, () -> store.importer().importBundle(bundle, ImportProgress.SILENT));
        assertThat(rejected).as("refused").isNotNull();
        assertThat(rejected.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.found()).startsWith("refused for the test"))
                .satisfies(p -> assertThat(p.file()).isIn(valid().keySet()));
        assertThat(store.stored()).as("stored from a refused bundle").isEmpty();
    }

    @Property(tries = 100)
    void broken_csv_is_refused_at_its_line(@ForAll("csvFile") String file, @ForAll("lineBreak") LineBreak breaking,
                                           @ForAll double where, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        byte[] broken = breaking.apply(bundle.get(file), where);
        bundle.put(file, broken);
        Outcome outcome = importBundle(bundle, zipped);
        outcome.problems().stream().filter(p -> p.file().equals(file)).forEach(p -> assertThat(p.line()).as(p.toString()).isPositive());
    }

    @Property(tries = 100)
    void text_that_is_not_utf8_is_refused(@ForAll("anyFile") String file, @ForAll Encoding encoding,
                                          @ForAll double where, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        bundle.put(file, encoding.apply(bundle.get(file), where));
        Outcome outcome = importBundle(bundle, zipped);
        if (encoding != Encoding.UTF8_BOM) {
            assertThat(outcome.refused()).as("refused").isTrue();
            assertThat(outcome.problems()).as("names %s", file).anyMatch(p -> p.file().equals(file));
        }
    }

    @Property(tries = 30)
    void huge_fields_and_lines_are_refused_or_stored_whole_with_a_short_message(
            @ForAll("csvFile") String file, @ForAll("dataLine") int line, @ForAll("column") int column,
            @ForAll("hugeText") String huge, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        bundle.put(file, replaceCell(bundle.get(file), line, column, huge));
        importBundle(bundle, zipped);
    }

    @Property(tries = 100)
    void wrong_types_are_refused_naming_line_and_column(@ForAll("typedCell") TypedCell cell, @ForAll("dataLine") int line,
                                                        @ForAll("wrongValue") String value, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        bundle.put(cell.file(), replaceCell(bundle.get(cell.file()), line, cell.column(), value));
        assertRefused(importBundle(bundle, zipped), p -> p.file().equals(cell.file()) && p.line() > 1 && !p.field().isEmpty());
    }

    @Property(tries = 60)
    void duplicate_keys_are_refused(@ForAll Duplicate duplicate, @ForAll("dataLine") int line, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        duplicate.apply(bundle, line);
        assertRefused(importBundle(bundle, zipped), p -> p.file().equals(duplicate.file()) && p.line() > 0);
    }

    @Property(tries = 100)
    void malformed_or_missing_study_json_is_refused(@ForAll("studyJson") UnaryOperator<String> corrupt, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        String study = corrupt.apply(new String(bundle.get(StudyJsonReader.FILE), StandardCharsets.UTF_8));
        if (study == null) {
            bundle.remove(StudyJsonReader.FILE);
        } else {
            bundle.put(StudyJsonReader.FILE, study.getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(importBundle(bundle, zipped), p -> p.file().equals(StudyJsonReader.FILE));
    }

    @Property(tries = 60)
    void zip_entries_leaving_the_bundle_are_refused_by_name(@ForAll("escape") String name, @ForAll("anyFile") String file) throws IOException {
        List<RawZip.Entry> entries = entries(valid());
        int at = entries.indexOf(entries.stream().filter(e -> e.name().equals(file)).findFirst().orElseThrow());
        String escaping = name.replace("FILE", file);
        entries.set(at, entries.get(at).named(escaping));
        assertRefused(importZip(entries), p -> p.file().equals(escaping));
    }

    @Property(tries = 24)
    void duplicate_or_linked_zip_entries_are_refused_by_name(@ForAll("anyFile") String file, @ForAll boolean link) throws IOException {
        List<RawZip.Entry> entries = entries(valid());
        RawZip.Entry entry = entries.stream().filter(e -> e.name().equals(file)).findFirst().orElseThrow();
        if (link) {
            // read in place, a link is a small file holding a path, which no file of the format accepts
            entries.replaceAll(e -> e == entry ? RawZip.Entry.stored(file, utf8("../../../etc/passwd")).symlink() : e);
        } else {
            entries.add(entry);
        }
        assertRefused(importZip(entries), p -> p.file().equals(file));
    }

    @Property(tries = 12)
    void zip_bombs_are_refused_quickly_naming_the_entry(@ForAll Bomb bomb, @ForAll("anyFile") String file) throws IOException {
        List<RawZip.Entry> entries = entries(valid());
        String named = bomb.apply(entries, file);
        long started = System.nanoTime();
        Outcome outcome = importZip(entries);
        assertThat((System.nanoTime() - started) / 1e9).as("seconds").isLessThan(10);
        assertRefused(outcome, p -> p.file().equals(named));
    }

    @Property(tries = 40)
    void bytes_that_are_no_zip_are_refused(@ForAll("garbage") byte[] garbage, @ForAll double cut) throws IOException {
        Path zip = dir.resolve("bundle.zip");
        RawZip.write(zip, entries(valid()));
        byte[] bytes = Files.readAllBytes(zip);
        int from = (int) (Math.abs(cut) % 1 * bytes.length);
        System.arraycopy(garbage, 0, bytes, from, Math.min(garbage.length, bytes.length - from));
        Files.write(zip, bytes);
        check(zip);
    }

    @Property(tries = 60)
    void a_damaged_workbook_is_refused_naming_it(@ForAll XlsxDamage damage, @ForAll double where, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        bundle.remove("responses.csv");
        bundle.put(XlsxResponses.FILE, damage.apply(resource(MINI + XlsxResponses.FILE), where));
        assertRefused(importBundle(bundle, zipped), p -> p.file().equals(XlsxResponses.FILE));
    }

    @Property(tries = 60)
    void a_broken_wide_export_or_mapping_is_refused_naming_it(@ForAll boolean mapping, @ForAll LineBreak breaking, @ForAll Encoding encoding,
                                                              @ForAll("studyJson") UnaryOperator<String> json, @ForAll boolean byEncoding,
                                                              @ForAll double where, @ForAll boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        bundle.remove("responses.csv");
        byte[] export = resource(MINI + WideCsvResponses.FILE);
        byte[] layout = resource(MINI + WideCsvResponses.MAPPING);
        String file = mapping ? WideCsvResponses.MAPPING : WideCsvResponses.FILE;
        if (byEncoding) {
            byte[] damaged = encoding.apply(mapping ? layout : export, where);
            export = mapping ? export : damaged;
            layout = mapping ? damaged : layout;
        } else if (mapping) {
            String original = new String(layout, StandardCharsets.UTF_8);
            String text = json.apply(original);
            // the damage aimed at study.json's fields leaves some mappings as they were
            Assume.that(!original.equals(text));
            layout = text == null ? null : utf8(text);
        } else {
            export = breaking.apply(export, where);
        }
        bundle.put(WideCsvResponses.FILE, export);
        if (layout != null) {
            bundle.put(WideCsvResponses.MAPPING, layout);
        }
        Outcome outcome = importBundle(bundle, zipped);
        // a BOM is fine, and a NUL lands in the export's second column (Status), which the mapping leaves unread
        boolean harmless = byEncoding ? encoding == Encoding.UTF8_BOM : !mapping && breaking == LineBreak.NUL_BYTE;
        if (!harmless) {
            assertRefused(outcome, p -> p.file().equals(file));
        }
    }

    @Property(tries = 60)
    void scores_that_are_not_whole_numbers_on_the_scale_are_refused(@ForAll("dataLine") int line, @ForAll("wrongScore") String score,
                                                                    @ForAll boolean zipped) throws IOException {
        assertCellRefused("responses.csv", line, 9, score, "score", zipped);
    }

    @Property(tries = 40)
    void outcome_values_that_are_not_plain_decimals_are_refused(@ForAll("dataLine") int line, @ForAll("wrongNumber") String value,
                                                              @ForAll boolean zipped) throws IOException {
        assertCellRefused("outcomes.csv", line, 4, value, "value", zipped);
    }

    /** Refused, with a problem the predicate finds. */
    private static void assertRefused(Outcome outcome, Predicate<Problem> naming) {
        assertThat(outcome.refused()).as("refused").isTrue();
        assertThat(outcome.problems()).anyMatch(naming);
    }

    /** A valid bundle with one CSV cell replaced is refused, naming the file and the cell's column. */
    private void assertCellRefused(String file, int line, int column, String value, String field, boolean zipped) throws IOException {
        Map<String, byte[]> bundle = valid();
        bundle.put(file, replaceCell(bundle.get(file), line, column, value));
        assertRefused(importBundle(bundle, zipped), p -> p.file().equals(file) && p.field().equals(field));
    }

    // ---- what every case must hold

    /** What an import ended in: stored, or refused with these problems. */
    record Outcome(boolean refused, List<Problem> problems) {
    }

    private Outcome importBundle(Map<String, byte[]> files, boolean zipped) throws IOException {
        return check(write(files, zipped, "bundle"));
    }

    private Outcome importZip(List<RawZip.Entry> entries) throws IOException {
        Path zip = dir.resolve("bundle.zip");
        RawZip.write(zip, entries);
        return check(zip);
    }

    /** Imports through the real path; only a rejection may escape, and then nothing is stored and every problem says where. */
    private static Outcome check(Path bundle) {
        RecordingStore store = new RecordingStore();
        Throwable thrown = catchThrowable(() -> store.importer().importBundle(bundle, ImportProgress.SILENT));
        if (thrown == null) {
            assertThat(store.stored()).as("an accepted bundle is stored").isNotEmpty();
            return new Outcome(false, List.of());
        }
        assertThat(thrown).as("what escaped the import").isInstanceOf(BundleRejected.class);
        assertThat(store.stored()).as("stored from a refused bundle").isEmpty();
        ProblemReport report = ((BundleRejected) thrown).report();
        assertThat(report.size()).as("problems reported").isPositive();
        for (Problem p : report.problems()) {
            String shown = p.toString();
            String start = shown.substring(0, Math.min(200, shown.length()));
            assertThat(shown.length()).as("length of %s...", start).isLessThan(MAX_PROBLEM_CHARS);
            assertThat(p.file()).as("file of %s", start).isNotBlank().doesNotContain(bundle.getParent().toString());
            assertThat(p.expected()).as("expected of %s", start).isNotBlank();
            assertThat(p.line()).as("line of %s", start).isNotNegative();
        }
        return new Outcome(true, report.problems());
    }

    // ---- the valid bundle

    private static Map<String, byte[]> valid() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("study.json", resource(MINI + "study.json"));
        files.put("responses.csv", resource(MINI + "responses.csv"));
        files.put("interventions.csv", utf8("""
                intervention,type,title,unit,groups,started_on,ended_on
                ht-d04,handleteam,Handleteam d04,d04,skole;familie;ppr,2023-10-02,
                tema-1,temadag,"Temadag om ""tidlig"" hjælp",bu,,2023-03-01,2023-03-01
                """));
        files.put("org_changes.csv", utf8("""
                effective_on,change,unit,other_unit,note
                2023-09-01,leader_changed,d01,,Ny distriktsleder
                2024-03-01,policy_changed,bu,,Direkte henvisning
                """));
        files.put("milestones.csv", utf8("""
                milestone,reached_on,note
                task_clarified,2022-11-15,Fælles opgave
                actors_clarified,2022-11-29,
                """));
        files.put("outcomes.csv", utf8("""
                unit,citizen,measured_on,outcome,value
                d01,c00241,2023-01-20,age_at_family_relief_start,9.68
                d02,c00243,2023-01-11,age_at_family_relief_start,7.35
                """));
        return files;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MalformedBundlesProperties.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(Map<String, byte[]> files, boolean zipped, String name) throws IOException {
        if (zipped) {
            Path zip = dir.resolve(name + ".zip");
            RawZip.write(zip, entries(files));
            return zip;
        }
        Path folder = Files.createDirectories(dir.resolve(name));
        for (var file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static List<RawZip.Entry> entries(Map<String, byte[]> files) {
        List<RawZip.Entry> entries = new ArrayList<>();
        files.forEach((name, bytes) -> entries.add(RawZip.Entry.deflated(name, bytes)));
        return entries;
    }

    // ---- corruptions

    /** Ways to break one line of a CSV file; {@code where} picks the line and the spot in it. */
    enum LineBreak {
        OPEN_QUOTE, QUOTE_INSIDE_FIELD, DROP_COMMA, EXTRA_COMMA, NUL_BYTE, LONE_CR, TRUNCATE_IN_QUOTES, EMPTY_FILE, ONLY_HEADER;

        byte[] apply(byte[] csv, double where) {
            String text = new String(csv, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int line = 1 + (int) (Math.abs(where) % 1 * (lines.size() - 2));
            String at = lines.get(line);
            int spot = (int) (Math.abs(where * 7919) % 1 * at.length());
            int comma = Math.max(at.indexOf(','), 0);
            lines.set(line, switch (this) {
                case OPEN_QUOTE -> at.substring(0, comma) + ",\"" + at.substring(comma + 1);
                case QUOTE_INSIDE_FIELD -> at.substring(0, comma) + ",x\"y\"z" + at.substring(comma);
                case DROP_COMMA -> at.substring(0, comma) + at.substring(Math.min(comma + 1, at.length()));
                case EXTRA_COMMA -> at.substring(0, spot) + "," + at.substring(spot);
                case NUL_BYTE -> at.substring(0, comma) + "\u0000" + at.substring(comma);
                case LONE_CR -> at.substring(0, comma) + "\r" + at.substring(comma);
                case TRUNCATE_IN_QUOTES, EMPTY_FILE, ONLY_HEADER -> at;
            });
            String broken = String.join("\n", lines);
            return switch (this) {
                case TRUNCATE_IN_QUOTES -> utf8(String.join("\n", lines.subList(0, line)) + "\n" + at.substring(0, comma) + ",\"never closed");
                case EMPTY_FILE -> new byte[0];
                case ONLY_HEADER -> utf8(lines.getFirst() + "\n");
                default -> utf8(broken);
            };
        }
    }

    /** Text in another encoding than UTF-8, or UTF-8 with a byte-order mark (which is fine). */
    enum Encoding {
        LATIN1_LETTER, WINDOWS1252_QUOTE, UTF16LE_BOM, UTF16BE, LONE_CONTINUATION, OVERLONG, SURROGATE, TRUNCATED_SEQUENCE, BYTE_FF, UTF8_BOM;

        byte[] apply(byte[] file, double where) {
            String text = new String(file, StandardCharsets.UTF_8);
            int spot = Math.max(1, (int) (Math.abs(where) % 1 * file.length));
            return switch (this) {
                case LATIN1_LETTER -> insert(file, spot, "Søren".getBytes(StandardCharsets.ISO_8859_1));
                case WINDOWS1252_QUOTE -> insert(file, spot, new byte[]{(byte) 0x93, 'x', (byte) 0x94});
                case UTF16LE_BOM -> concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
                case UTF16BE -> text.getBytes(StandardCharsets.UTF_16BE);
                case LONE_CONTINUATION -> insert(file, spot, new byte[]{(byte) 0x80});
                case OVERLONG -> insert(file, spot, new byte[]{(byte) 0xC0, (byte) 0xAF});
                case SURROGATE -> insert(file, spot, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
                case TRUNCATED_SEQUENCE -> concat(file, new byte[]{(byte) 0xE2, (byte) 0x82});
                case BYTE_FF -> insert(file, spot, new byte[]{(byte) 0xFF});
                case UTF8_BOM -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, file);
            };
        }
    }

    /** Ways a workbook's sheet XML or package can be damaged; {@code where} picks the row. */
    enum XlsxDamage {
        ROW_NUMBER_TEXT, ROW_NUMBER_HUGE, STYLE_TEXT, STYLE_HUGE, CELL_DIGIT_FIRST, CELL_FAR_RIGHT, CELL_LOWERCASE, CELL_TYPE_UNKNOWN,
        SHARED_STRING_MISSING, NUMBER_HUGE_EXPONENT, SHEET_TRUNCATED, ENTITY_EXPANSION, NO_SHARED_STRINGS, NOT_A_ZIP;

        private static final String SHEET = "xl/worksheets/sheet1.xml";

        byte[] apply(byte[] xlsx, double where) throws IOException {
            if (this == NOT_A_ZIP) {
                return utf8("PK this is no workbook " + where);
            }
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
            String sheet = new String(parts.get(SHEET), StandardCharsets.UTF_8);
            int row = 2 + (int) (Math.abs(where) % 1 * 229);
            int at = sheet.indexOf("<row r=\"" + row + "\"");
            String before = sheet.substring(0, at);
            String after = sheet.substring(at);
            String damaged = switch (this) {
                case ROW_NUMBER_TEXT -> before + after.replaceFirst("r=\"" + row + "\"", "r=\"x\"");
                case ROW_NUMBER_HUGE -> before + after.replaceFirst("r=\"" + row + "\"", "r=\"99999999999\"");
                case STYLE_TEXT -> before + after.replaceFirst(" s=\"1\"", " s=\"x\"");
                case STYLE_HUGE -> before + after.replaceFirst(" s=\"1\"", " s=\"99999\"");
                case CELL_DIGIT_FIRST -> before + after.replaceFirst("r=\"B" + row + "\"", "r=\"" + row + "B\"");
                case CELL_FAR_RIGHT -> before + after.replaceFirst("r=\"C" + row + "\"", "r=\"ZZZZZZ" + row + "\"");
                case CELL_LOWERCASE -> before + after.replaceFirst("r=\"C" + row + "\"", "r=\"zz" + row + "\"");
                case CELL_TYPE_UNKNOWN -> before + after.replaceFirst("t=\"s\"", "t=\"q\"");
                case SHARED_STRING_MISSING -> before + after.replaceFirst("t=\"s\" s=\"0\"><v>[0-9]+</v>", "t=\"s\" s=\"0\"><v>99999</v>");
                case NUMBER_HUGE_EXPONENT -> before + after.replaceFirst("<v>[0-9.]+</v>", "<v>1e999999999</v>");
                case SHEET_TRUNCATED -> before + after.substring(0, after.length() / 2);
                case ENTITY_EXPANSION -> sheet.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet")
                        .replaceFirst("<v>[0-9]+</v>", "<v>&b;</v>");
                case NO_SHARED_STRINGS, NOT_A_ZIP -> sheet;
            };
            if (this == NO_SHARED_STRINGS) {
                parts.remove("xl/sharedStrings.xml");
            } else {
                assertThat(damaged).as("the damage went in").isNotEqualTo(sheet);
            }
            parts.put(SHEET, utf8(damaged));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                for (var part : parts.entrySet()) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }

    /** A cell of a typed column and the file it is in. */
    record TypedCell(String file, int column) {
    }

    /** Ways to state one thing twice. */
    enum Duplicate {
        RESPONSE_ROW("responses.csv"), INTERVENTION("interventions.csv"), OUTCOME("outcomes.csv"),
        UNIT("study.json"), GROUP("study.json"), WAVE("study.json"), FIELD("study.json"), INSTRUMENT("study.json");

        private final String file;

        Duplicate(String file) {
            this.file = file;
        }

        String file() {
            return file;
        }

        void apply(Map<String, byte[]> bundle, int line) {
            String text = new String(bundle.get(file), StandardCharsets.UTF_8);
            String changed = switch (this) {
                case RESPONSE_ROW, INTERVENTION, OUTCOME -> {
                    List<String> lines = new ArrayList<>(text.lines().toList());
                    int at = 1 + Math.floorMod(line, lines.size() - 1);
                    lines.add(at, lines.get(at).replaceFirst(",[^,]*$", this == RESPONSE_ROW ? ",1" : ",2"));
                    yield String.join("\n", lines) + "\n";
                }
                case UNIT -> text.replace("\"units\": [", "\"units\": [{\"key\": \"d01\", \"name\": \"Igen\", \"parent\": null},");
                case GROUP -> text.replace("\"groups\": [", "\"groups\": [{\"key\": \"ppr\", \"name\": \"Igen\"},");
                case WAVE -> text.replace("\"waves\": [", "\"waves\": [{\"key\": \"w1\", \"label\": \"Igen\", \"opens_on\": \"2023-01-01\", \"closes_on\": \"2023-01-02\"},");
                case FIELD -> text.replace("\"study\": \"mini\",", "\"study\": \"mini\", \"study\": \"andet\",");
                case INSTRUMENT -> text.replace("\"instruments\": [", "\"instruments\": [\"rk@1\",");
            };
            assertThat(changed).as("the duplicate went in").isNotEqualTo(text);
            bundle.put(file, utf8(changed));
        }
    }

    /** Ways a zip entry holds far more than it seems to; returns the entry the refusal must name. */
    enum Bomb {
        ZEROS_GIGABYTE, ZEROS_UNDER_A_SMALL_CLAIM, MANY_ENTRIES, BOMB_BESIDE_THE_BUNDLE;

        private static RawZip.Entry gigabyte;

        String apply(List<RawZip.Entry> entries, String file) {
            return switch (this) {
                case ZEROS_GIGABYTE -> replace(entries, file, zerosGigabyte().named(file));
                case ZEROS_UNDER_A_SMALL_CLAIM -> replace(entries, file, zerosGigabyte().named(file).claiming(1000));
                case MANY_ENTRIES -> {
                    for (int i = 0; i < 20_000; i++) {
                        entries.add(RawZip.Entry.stored("instruments/x" + i + ".json", new byte[0]));
                    }
                    yield entries.get(ZipBundle.MAX_ENTRIES).name();
                }
                case BOMB_BESIDE_THE_BUNDLE -> {
                    entries.add(zerosGigabyte().named("notes/" + file + ".txt"));
                    yield "notes/" + file + ".txt";
                }
            };
        }

        private static String replace(List<RawZip.Entry> entries, String file, RawZip.Entry bomb) {
            entries.replaceAll(e -> e.name().equals(file) ? bomb : e);
            return file;
        }

        private static synchronized RawZip.Entry zerosGigabyte() {
            if (gigabyte == null) {
                gigabyte = RawZip.zeros("bomb", 1L << 30);
            }
            return gigabyte;
        }
    }

    // ---- generators

    @Provide
    Arbitrary<String> csvFile() {
        return Arbitraries.of(CSV_FILES);
    }

    @Provide
    Arbitrary<String> anyFile() {
        return Arbitraries.of(Stream.concat(Stream.of(StudyJsonReader.FILE), CSV_FILES.stream()).toList());
    }

    @Provide
    Arbitrary<LineBreak> lineBreak() {
        return Arbitraries.of(LineBreak.class);
    }

    @Provide
    Arbitrary<Integer> dataLine() {
        return Arbitraries.integers().between(1, 500);
    }

    @Provide
    Arbitrary<Integer> column() {
        return Arbitraries.integers().between(0, 9);
    }

    @Provide
    Arbitrary<String> hugeText() {
        return Combinators.combine(Arbitraries.of("x", "ø", "\"\"", ",", "a\nb"), Arbitraries.integers().between(1 << 16, 3 << 20))
                .as((unit, length) -> unit.repeat(length / unit.length()));
    }

    @Provide
    Arbitrary<TypedCell> typedCell() {
        return Arbitraries.of(
                new TypedCell("responses.csv", 1), new TypedCell("responses.csv", 9), new TypedCell("responses.csv", 0),
                new TypedCell("interventions.csv", 5), new TypedCell("interventions.csv", 1),
                new TypedCell("org_changes.csv", 0), new TypedCell("org_changes.csv", 1),
                new TypedCell("milestones.csv", 1), new TypedCell("milestones.csv", 0),
                new TypedCell("outcomes.csv", 2), new TypedCell("outcomes.csv", 0));
    }

    /** Values no typed column of the format accepts: text, odd numbers, impossible dates, other digits. */
    @Provide
    Arbitrary<String> wrongValue() {
        return Arbitraries.oneOf(
                Arbitraries.of("abc", "-1", "99999999999999999999", "1e3", "NaN", "Infinity", " 4", "4 ", "0x10", "٤", "４",
                        "2023-02-30", "23-01-19", "2023/01/19", "19.01.2023", "+2023-01-19", "true", "null", "Ærø", "\"\"\"\""),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12).withChars("abcxyzÆØÅ.:/ _-"));
    }

    /** Scores Integer.parseInt would take but the format does not: other digits, signs, decimals, and numbers off every scale. */
    @Provide
    Arbitrary<String> wrongScore() {
        return Arbitraries.oneOf(
                Arbitraries.of("٤", "４", "३", "+4", "4.0", "4,0", "1e0", " 3", "3 ", "0x3", "½"),
                Arbitraries.integers().filter(i -> i < 0 || i > 10).map(String::valueOf));
    }

    /** Values that are no decimal written with a point: exponents, commas, signs and words. */
    @Provide
    Arbitrary<String> wrongNumber() {
        return Arbitraries.of("1e3", "1E999999999", "9,68", "+9.68", ".5", "5.", "٤", "NaN", "Infinity", "0x1F", "9.68 ", "1_000",
                "-", "9.6.8", "1" + "0".repeat(60));
    }

    @Provide
    Arbitrary<UnaryOperator<String>> studyJson() {
        Arbitrary<UnaryOperator<String>> truncated = Arbitraries.doubles().between(0, 0.99)
                .map(f -> named("truncated at " + f, s -> s.substring(0, (int) (f * s.length()))));
        Arbitrary<UnaryOperator<String>> fixed = Arbitraries.of(
                named("missing", s -> null),
                named("empty", s -> ""),
                named("an array", s -> "[" + s + "]"),
                named("a number", s -> "42"),
                named("null", s -> "null"),
                named("a string", s -> "\"study\""),
                named("trailing garbage", s -> s + "}"),
                named("a second document", s -> s + "\n{\"study\": \"andet\"}"),
                named("deeply nested", s -> s.replace("\"relations\": [", "\"relations\": [" + "[".repeat(5000) + "]".repeat(5000) + ",")),
                named("units an object", s -> s.replaceFirst("\"units\": \\[", "\"units\": {\"a\": [").replaceFirst("],\\s*\"groups\"", "]}, \"groups\"")),
                named("title a number", s -> s.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": 7")),
                named("starts_on not a date", s -> s.replaceFirst("\"starts_on\": \"[^\"]*\"", "\"starts_on\": \"2023-13-45\"")),
                named("key with capitals", s -> s.replaceFirst("\"key\": \"d01\"", "\"key\": \"D 01\"")),
                named("single quotes", s -> s.replace('"', '\'')),
                named("comment", s -> "// study\n" + s),
                named("huge title", s -> s.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + "x".repeat(3 << 20) + "\", \"title2\": 1")),
                named("duplicate tenant", s -> s.replaceFirst("\\{", "{\"tenant\": \"x\",")));
        return Arbitraries.oneOf(truncated, fixed);
    }

    @Provide
    Arbitrary<String> escape() {
        return Arbitraries.of("../FILE", "../../../../tmp/FILE", "/FILE", "/etc/FILE", "C:\\FILE", "C:/FILE", "d\\..\\..\\FILE",
                "a/../../FILE", "./../FILE", "mini/../../FILE", "\\\\server\\share\\FILE", "..\\FILE", "FILE/..", "FILE\u0000.txt");
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
    }

    private static UnaryOperator<String> named(String name, UnaryOperator<String> change) {
        return new UnaryOperator<>() {
            @Override
            public String apply(String s) {
                return change.apply(s);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    // ---- byte surgery

    /** Puts {@code value} into a cell of a data line (lines past the end wrap around), quoting it as RFC 4180 asks. */
    private static byte[] replaceCell(byte[] csv, int line, int column, String value) {
        List<String> lines = new ArrayList<>(new String(csv, StandardCharsets.UTF_8).lines().toList());
        int at = 1 + Math.floorMod(line, lines.size() - 1);
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(at).split(",", -1)));
        String quoted = value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        cells.set(Math.floorMod(column, cells.size()), quoted);
        lines.set(at, String.join(",", cells));
        return utf8(String.join("\n", lines) + "\n");
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }
}
