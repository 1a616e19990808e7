package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** ./samspil report pdf|pptx on the mini sample: every figure as the CLI's JSON gives it, the stamp on every page, the same bytes later. */
class MeetingReportCommandTest {

    private static final Pattern MEAN = Pattern.compile("\\b\\d,\\d\\d [HML]\\b");

    @TempDir
    Path dir;

    @Test
    void the_mini_samples_report_shows_the_matrix_as_the_json_does_stamped_on_every_page_and_the_same_bytes_after_later_events()
            throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(Cli.run("--data", data, "import", Cli.sample("mini").toString()).exit()).isZero();
        Path pdf = dir.resolve("mini.pdf");
        Path pptx = dir.resolve("mini.pptx");

        Cli.Result made = Cli.run("report", "pdf", "--data", data, "--study", "mini", "--out", pdf.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        String position = made.out().replaceAll("(?s).*at position (\\d+).*", "$1");
        Cli.Result slides = Cli.run("report", "pptx", "--data", data, "--study", "mini", "--as-of", position, "--out", pptx.toString());
        assertThat(slides.exit()).as(slides.err()).isZero();
        Cli.Result json = Cli.run("report", "matrix", "--data", data, "--study", "mini", "--wave", "w3", "--as-of", position, "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode matrix = DomainJson.mapper().readTree(json.out());

        List<String> shown = new ArrayList<>();
        NumberFormat danish = NumberFormat.getNumberInstance(Locale.of("da", "DK"));
        danish.setMinimumFractionDigits(2);
        danish.setMaximumFractionDigits(2);
        for (JsonNode cell : matrix.get("cells")) {
            if (!cell.get("suppressed").asBoolean() && cell.get("n").asInt() > 0) {
                shown.add(danish.format(cell.get("mean").asDouble()) + " " + cell.get("band").asText().substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        assertThat(shown).isNotEmpty();

        List<String> pages = pdfPages(Files.readAllBytes(pdf));
        List<String> slideTexts = slideTexts(Files.readAllBytes(pptx));
        for (List<String> texts : List.of(pages, slideTexts)) {
            for (int p = 0; p < texts.size(); p++) {
                assertThat(texts.get(p)).as("page %d", p + 1).contains("position " + position, "k = 5");
            }
            String matrixPage = texts.stream().filter(t -> t.contains("Relationsmatrix")).findFirst().orElseThrow();
            // every shown cell, and nothing more that reads like a mean: a withheld cell's value is nowhere
            assertThat(means(matrixPage)).containsExactlyInAnyOrderElementsOf(shown);
        }

        // start against end: every item's and the overall % change as analyze change gives them
        Cli.Result change = Cli.run("analyze", "change", "--data", data, "--study", "mini", "--from", "w0", "--to", "w3", "--instrument", "rk@1",
                "--as-of", position, "--format", "json");
        assertThat(change.exit()).as(change.err()).isZero();
        JsonNode changes = DomainJson.mapper().readTree(change.out());
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.of("da", "DK"));
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        List<String> percents = new ArrayList<>();
        for (JsonNode item : changes.get("items")) {
            percents.add(signed(item.get("change").get("change_pct").asDouble(), oneDecimal));
        }
        percents.add(signed(changes.get("overall").get("change_pct").asDouble(), oneDecimal));
        for (List<String> texts : List.of(pages, slideTexts)) {
            String changePage = texts.stream().filter(t -> t.contains("Fra W0 til W3")).findFirst().orElseThrow();
            assertThat(changePage.replaceAll("\\s+", " ")).contains(percents);
        }

        // the weak but important relations, their figures as analyze relations ranks them; the network map labels the same
        JsonNode relations = json("analyze", "relations", "--data", data, "--study", "mini", "--wave", "w3", "--instrument", "rk@1",
                "--as-of", position);
        List<String> weak = new ArrayList<>();
        for (JsonNode relation : relations.get("weak_important")) {
            weak.add(danish.format(relation.get("mean").asDouble()) + " " + relation.get("band").asText().substring(0, 1).toUpperCase(Locale.ROOT));
        }
        assertThat(weak).isNotEmpty();
        // the effect of the handleteams on RK between groups, with its interval, as analyze effect gives it
        JsonNode effect = json("analyze", "effect", "--data", data, "--study", "mini", "--type", "handleteam", "--as-of", position);
        String estimate = signed(effect.get("estimate").asDouble(), danish).replace(" %", "");
        String interval = "[" + danish.format(effect.get("ci_low").asDouble()) + "; " + danish.format(effect.get("ci_high").asDouble()) + "]";
        // the elasticity of RK with leadership in the last wave, as analyze elasticity gives it
        JsonNode elasticity = json("analyze", "elasticity", "--data", data, "--study", "mini", "--wave", "w3", "--x", "leadership@1",
                "--y", "rk@1", "--as-of", position);
        String slope = elasticity.get("slope").isNull() ? "for få enheder (" + elasticity.get("n").asInt() + ")"
                : danish.format(elasticity.get("slope").asDouble()) + " [" + danish.format(elasticity.get("ci_low").asDouble()).replace("-0,00", "0,00")
                + "; " + danish.format(elasticity.get("ci_high").asDouble()) + "] " + elasticity.get("n").asInt() + " enheder";
        // each intervention's citizens before against after its start, as analyze outcomes compares them over 18 months
        JsonNode outcomes = json("analyze", "outcomes", "--data", data, "--study", "mini", "--outcome", "age_at_family_relief_start",
                "--window-months", "18", "--as-of", position);
        List<String> differences = new ArrayList<>();
        for (JsonNode start : outcomes.get("starts")) {
            differences.add(signed(start.get("pooled").get("difference").asDouble(), danish).replace(" %", ""));
        }
        assertThat(differences).isNotEmpty();
        for (List<String> texts : List.of(pages, slideTexts)) {
            String weakPage = page(texts, "Vigtige, men svage relationer");
            assertThat(means(weakPage)).containsExactlyElementsOf(weak.subList(0, Math.min(10, weak.size())));
            assertThat(means(page(texts, "Relationskort"))).containsExactlyInAnyOrderElementsOf(weak);
            assertThat(page(texts, "Indsatsernes effekt").replaceAll("\\s+", " ")).contains("Effekt af handleteam", estimate, interval, slope);
            assertThat(page(texts, "Borgerudfald før og efter").replaceAll("\\s+", " ")).contains(differences);
            assertThat(page(texts, "Tidslinje:")).contains("Indsatser", "Milepæle");
        }

        // the RK profile: every item's shown mean with its n at every wave, as report profile gives it
        List<String> items = new ArrayList<>();
        for (String wave : List.of("w0", "w1", "w2", "w3")) {
            for (JsonNode item : json("report", "profile", "--data", data, "--study", "mini", "--wave", wave, "--as-of", position).get("items")) {
                if (!item.get("suppressed").asBoolean() && item.get("n").asInt() > 0) {
                    items.add(danish.format(item.get("mean").asDouble()) + " (" + item.get("n").asInt() + ")");
                }
            }
        }
        assertThat(items).isNotEmpty();
        // development: each group's given and received, first wave against last, as report given-received gives them
        JsonNode firstWave = json("report", "given-received", "--data", data, "--study", "mini", "--wave", "w0", "--as-of", position);
        JsonNode lastWave = json("report", "given-received", "--data", data, "--study", "mini", "--wave", "w3", "--as-of", position);
        List<String> developments = new ArrayList<>();
        for (int g = 0; g < firstWave.get("groups").size(); g++) {
            for (String side : List.of("given", "received")) {
                JsonNode from = firstWave.get("groups").get(g).get(side);
                JsonNode to = lastWave.get("groups").get(g).get(side);
                developments.add((from.get("suppressed").asBoolean() ? "n < 5" : danish.format(from.get("mean").asDouble())) + " → "
                        + (to.get("suppressed").asBoolean() ? "n < 5" : danish.format(to.get("mean").asDouble())));
            }
        }
        for (List<String> texts : List.of(pages, slideTexts)) {
            assertThat(page(texts, "Dimensionsprofil").replaceAll("\\s+", " ")).contains(items);
            assertThat(page(texts, "Udvikling over målingerne").replaceAll("\\s+", " ")).contains(developments);
        }

        // the timeline's outcome, per the period it names, as report outcomes --period gives it over every unit
        String timelinePage = page(pages, "Tidslinje:");
        String length = timelinePage.contains("pr. kvartal") ? "quarter" : timelinePage.contains("pr. halvår") ? "half-year" : "year";
        JsonNode periods = json("report", "outcomes", "--data", data, "--study", "mini", "--outcome", "age_at_family_relief_start",
                "--period", length, "--as-of", position);
        List<String> bars = new ArrayList<>();
        for (JsonNode period : periods.get("periods")) {
            if (period.get("unit").isNull() && !period.get("figure").get("mean").isNull()) {
                bars.add(danish.format(period.get("figure").get("mean").asDouble()));
            }
        }
        assertThat(bars).isNotEmpty();
        for (List<String> texts : List.of(pages, slideTexts)) {
            assertThat(page(texts, "Tidslinje:")).contains(bars);
        }

        // poppler, a reader other than the writer's: the same pages with the same stamp, each drawn to a landscape PNG
        List<String> popplerPages = List.of(run("pdftotext", "-layout", pdf.toString(), "-").split("\f"));
        assertThat(popplerPages.stream().filter(t -> !t.isBlank())).hasSize(pages.size())
                .allSatisfy(t -> assertThat(t).contains("position " + position, "k = 5"));
        Path drawn = Files.createDirectories(Path.of("target", "reports"));
        try (var old = Files.list(drawn)) {
            for (Path f : old.filter(f -> f.getFileName().toString().startsWith("mini-report-")).toList()) {
                Files.delete(f);
            }
        }
        run("pdftoppm", "-png", "-r", "50", pdf.toString(), drawn.resolve("mini-report").toString());
        try (var png = Files.list(drawn)) {
            List<Path> images = png.filter(f -> f.getFileName().toString().matches("mini-report-\\d+\\.png")).sorted().toList();
            assertThat(images).hasSize(pages.size());
            for (Path image : images) {
                java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(image.toFile());
                assertThat(read.getWidth()).as(image.toString()).isGreaterThan(read.getHeight());
            }
        }

        // later events change nothing of a report made at the same moment
        assertThat(Cli.run("--data", data, "import", OpenWaveBundle.write(dir.resolve("later"), "p1").toString()).exit()).isZero();
        Path again = dir.resolve("again.pdf");
        assertThat(Cli.run("report", "pdf", "--data", data, "--study", "mini", "--as-of", position, "--out", again.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void a_language_other_than_danish_or_english_is_refused_naming_the_option() {
        Cli.Result refused = Cli.run("report", "pdf", "--data", dir.resolve("data").toString(), "--study", "mini", "--lang", "de",
                "--out", dir.resolve("x.pdf").toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("--lang is da or en, was 'de'");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    /** A program's output; it must end well. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s (installed by .ci/poppler.sh)", String.join(" ", command)).isZero();
        return out;
    }

    private static JsonNode json(String... arguments) throws Exception {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 2);
        all[arguments.length] = "--format";
        all[arguments.length + 1] = "json";
        Cli.Result result = Cli.run(all);
        assertThat(result.exit()).as(result.err()).isZero();
        return DomainJson.mapper().readTree(result.out());
    }

    private static String page(List<String> texts, String heading) {
        return texts.stream().filter(t -> t.contains(heading)).findFirst().orElseThrow(() -> new AssertionError("no page " + heading));
    }

    private static String signed(double value, NumberFormat format) {
        return (value < 0 ? "−" : "+") + format.format(Math.abs(value)) + " %";
    }

    private static List<String> means(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MEAN.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> pdfPages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static List<String> slideTexts(byte[] pptx) throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<String> slides = new ArrayList<>();
            for (XSLFSlide slide : show.getSlides()) {
                slides.add(text(slide.getShapes()));
                // PowerPoint repairs a slide whose shapes share an id
                List<Integer> ids = new ArrayList<>();
                ids(slide.getShapes(), ids);
                assertThat(ids).as("shape ids of slide %d", slide.getSlideNumber()).doesNotHaveDuplicates();
            }
            return slides;
        }
    }

    private static void ids(List<XSLFShape> shapes, List<Integer> ids) {
        for (XSLFShape shape : shapes) {
            ids.add(shape.getShapeId());
            if (shape instanceof XSLFGroupShape group) {
                ids(group.getShapes(), ids);
            }
        }
    }

    private static String text(List<XSLFShape> shapes) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFGroupShape group) {
                text.append(text(group.getShapes()));
            } else if (shape instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    row.getCells().forEach(cell -> text.append(cell.getText()).append('\n'));
                }
            } else if (shape instanceof XSLFTextShape box) {
                text.append(box.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
