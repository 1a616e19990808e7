package dk.samspil.domain.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A zip bundle is read in place and refused whole when it is unsafe, each problem naming the entry. */
class ZipBundleTest {

    private static final byte[] STUDY = BundleReaderTest.STUDY.getBytes(StandardCharsets.UTF_8);
    private static final byte[] RESPONSES = (BundleReaderTest.HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n")
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void a_file_that_is_no_zip_is_refused_as_a_bundle_naming_the_file() throws IOException {
        Path zip = Files.write(dir.resolve("bundle.zip"), "not a zip at all".getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(zip)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bundle.zip");
            assertThat(p.expected()).isEqualTo("a .zip archive");
        });
    }

    @Test
    void every_entry_leaving_the_bundle_is_named() throws IOException {
        Path zip = zip(RawZip.Entry.stored("study.json", STUDY), RawZip.Entry.stored("../responses.csv", RESPONSES),
                RawZip.Entry.stored("C:\\evil.csv", RESPONSES), RawZip.Entry.stored("/etc/passwd", RESPONSES));
        assertThat(refusal(zip)).extracting(Problem::file).containsExactly("../responses.csv", "C:\\evil.csv", "/etc/passwd");
    }

    @Test
    void two_entries_of_one_name_are_refused() throws IOException {
        Path zip = zip(RawZip.Entry.stored("study.json", STUDY), RawZip.Entry.stored("responses.csv", RESPONSES),
                RawZip.Entry.stored("responses.csv", RESPONSES));
        assertThat(refusal(zip)).singleElement().hasToString(
                "responses.csv: expected each entry once in the archive, found 'a second entry of this name'");
    }

    @Test
    void more_entries_than_the_limit_are_refused_at_the_first_beyond_it() throws IOException {
        List<RawZip.Entry> entries = new ArrayList<>(List.of(RawZip.Entry.stored("study.json", STUDY), RawZip.Entry.stored("responses.csv", RESPONSES)));
        for (int i = 0; entries.size() <= ZipBundle.MAX_ENTRIES; i++) {
            entries.add(RawZip.Entry.stored("extra/" + i, new byte[0]));
        }
        Path zip = dir.resolve("many.zip");
        RawZip.write(zip, entries);
        assertThat(refusal(zip)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(entries.getLast().name());
            assertThat(p.expected()).startsWith("at most 10000 entries");
        });
    }

    @Test
    void an_entry_declared_to_pack_beyond_the_ratio_is_refused_before_it_is_read() throws IOException {
        Path zip = zip(RawZip.Entry.stored("study.json", STUDY), RawZip.zeros("responses.csv", 64L << 20));
        assertThat(refusal(zip)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("responses.csv");
            assertThat(p.expected()).startsWith("an entry packed at most 200:1");
        });
    }

    @Test
    void an_entry_inflating_beyond_its_declared_size_is_refused_while_read() throws IOException {
        Path zip = zip(RawZip.Entry.stored("study.json", STUDY), RawZip.zeros("responses.csv", 64L << 20).claiming(1000));
        assertThat(refusal(zip)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("responses.csv");
            assertThat(p.expected()).startsWith("an entry no larger than the archive declares (1000 bytes");
        });
    }

    @Test
    void a_bundle_within_the_limits_reads_as_before() throws IOException {
        Path zip = zip(RawZip.Entry.deflated("lille/study.json", STUDY), RawZip.Entry.deflated("lille/responses.csv", RESPONSES));
        try (BundleSource source = BundleSource.open(zip); InputStream in = source.open("responses.csv")) {
            assertThat(in.readAllBytes()).isEqualTo(RESPONSES);
            assertThat(BundleReader.read(source, ImportProgress.SILENT).submissions()).hasSize(1);
        }
    }

    private Path zip(RawZip.Entry... entries) throws IOException {
        Path zip = dir.resolve("bundle.zip");
        RawZip.write(zip, List.of(entries));
        return zip;
    }

    private static List<Problem> refusal(Path zip) {
        BundleRejected rejected = catchThrowableOfType(BundleRejected.class, () -> {
            try (BundleSource source = BundleSource.open(zip)) {
                BundleReader.read(source, ImportProgress.SILENT);
            }
        });
        assertThat(rejected).as("refused").isNotNull();
        assertThat(rejected.getMessage()).contains("nothing was stored");
        return rejected.report().problems();
    }
}
