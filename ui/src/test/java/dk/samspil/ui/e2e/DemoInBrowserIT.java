package dk.samspil.ui.e2e;

import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.ui.cli.OpenWaveBundle;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo in a real browser (Debian's Chromium through chromedriver), as a user meets it: open
 * the demo, switch language, open the matrix, click a cell, move the as-of control, upload a bad
 * bundle, answer a questionnaire on a phone. Each step leaves a screenshot in target/e2e/ for a
 * reviewer. Every page runs under the app's Content-Security-Policy (a violation or console error
 * fails the step), the sign-in page, every view and the questionnaire pass axe-core's WCAG 2.1 A/AA
 * rules, and every kind of response carries the security headers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoInBrowserIT {

    private static final Path SHOTS = Path.of("target", "e2e");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name='username']");
    private static final By PASSWORD = By.cssSelector("vaadin-login-form input[name='password']");

    @TempDir
    static Path work;

    private static RunningApp app;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static BrowserChecks checks;

    @BeforeAll
    static void startDemoAndBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("end-to-end tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        Files.createDirectories(SHOTS);
        app = RunningApp.demo(work.resolve("data"), SHOTS.resolve("app.log"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // this machine's network is closed: without the background-networking flags Chromium keeps trying
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + work.resolve("chromium"), "--window-size=1400,1000", "--lang=da",
                // as someone who asked for less motion: the charts are drawn at once (checked below), never caught mid-animation
                "--force-prefers-reduced-motion");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        checks = BrowserChecks.watching(browser);
    }

    /** Whatever a step opened ran under the Content-Security-Policy without a violation or a console error. */
    @AfterEach
    void no_policy_violation_or_console_error(TestInfo step) {
        if (browser.getCurrentUrl().startsWith("http")) {
            checks.assertNoViolationsOrConsoleErrors(step.getDisplayName());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(0)
    void serve_on_a_folder_without_an_admin_refuses_to_start_and_says_how_to_create_one() throws Exception {
        RunningApp.Finished refused = RunningApp.run(work.resolve("no-admin"), "serve", "--port", "0");
        assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("no admin can sign in yet; create one first: ./samspil user add --username NAME --role admin")
                .doesNotContain("is serving");
    }

    @Test
    @Order(1)
    void opening_the_demo_asks_for_sign_in_and_then_shows_the_study_in_danish() throws IOException, InterruptedException {
        assertThat(Files.readString(SHOTS.resolve("app.log"))).as("the demo says where it serves and how to sign in, and nothing else but warnings")
                .contains("Sign in as demo-admin with the password samspil-demo-2026")
                .contains("Samspil is serving " + app.url())
                .doesNotContain("AxonIQ", "axoniq.io", "UpdateChecker", "Atmosphere", " INFO ", "SpringDoc");
        browser.get(app.url() + "/");
        // nobody sees anything before signing in; the demo accounts are in the README
        waitFor(d -> d.findElement(USERNAME));
        waitForText("Log ind");
        checks.assertAccessible("sign-in page");
        // the policy is in force and its violations are seen: an injected inline script is refused and reported
        ((JavascriptExecutor) browser).executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                + " document.head.appendChild(s);");
        waitFor(d -> checks.policyViolations().stream().anyMatch(v -> v.startsWith("script-src")) ? Boolean.TRUE : null);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === undefined")).isEqualTo(true);
        checks.forgetConsole();
        // the page is styled before sign-in: its stylesheets are served, not sent round to the sign-in page
        for (String sheet : List.of("/samspil.css", "/styles/overview.css", "/fonts/liberation/LiberationSans-Regular.ttf")) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url() + sheet)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(sheet).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(sheet).hasValueSatisfying(type ->
                    assertThat(type).startsWith(sheet.endsWith(".ttf") ? "font/ttf" : "text/css"));
        }
        shot("00-sign-in");
        signIn("wrong password", d -> d.findElement(By.tagName("body")).getText().contains("Forkert brugernavn eller adgangskode") ? Boolean.TRUE : null);
        shot("00-sign-in-refused");
        signIn("samspil-demo-2026", d -> d.findElement(By.id("main-menu")));
        waitForText("Relationel kapacitet over tid");
        // the pages are set in the meeting reports' font, served by the application itself
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).fontFamily"))
                .startsWith("\"Liberation Sans\"");
        assertThat(((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.fonts.load('16px \"Liberation Sans\"').then(f => done(f.length > 0))")).isEqualTo(true);
        shot("01-demo-opened");
    }

    @Test
    @Order(2)
    void the_language_toggle_switches_to_english() throws IOException {
        browser.findElement(By.id("language-toggle")).click();
        waitForText("Relational capacity over time");
        assertThat(browser.findElement(By.id("language-toggle")).getText()).isEqualTo("Dansk");
        shot("02-english");
    }

    @Test
    @Order(3)
    void the_matrix_is_drawn_as_a_heat_map() throws IOException {
        click(By.id("menu-matrix"));
        waitFor(d -> !cells().isEmpty());
        waitForText("Relation matrix");
        assertThat(cells().size()).as("one coloured cell per rated relation").isGreaterThanOrEqualTo(64);
        shot("03-matrix");
    }

    @Test
    @Order(4)
    void clicking_a_cell_opens_the_relation() throws IOException {
        WebElement cell = cells().get(10);
        new Actions(browser).moveToElement(cell).click().perform();
        WebElement detail = waitFor(d -> d.findElement(By.id("relation-detail")));
        assertThat(detail.getText()).contains("→");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", detail);
        shot("04-relation");
    }

    @Test
    @Order(5)
    void moving_the_as_of_control_shows_the_banner() throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        WebElement slider = browser.findElement(By.id("as-of-slider"));
        // a click in the middle of the slider moves it to about half of the history
        new Actions(browser).moveToElement(slider).click().perform();
        WebElement banner = waitFor(d -> d.findElement(By.id("as-of-banner")));
        assertThat(banner.getText()).startsWith("Historical view: the figures stand as at position");
        assertThat(browser.getCurrentUrl()).contains("asof=");
        shot("05-as-of");
    }

    @Test
    @Order(6)
    void uploading_a_bad_bundle_shows_the_problem_report() throws Exception {
        click(By.id("menu-import"));
        WebElement upload = waitFor(d -> d.findElement(By.id("importer-upload")));
        Path bad = badBundle();
        fileInput(upload).sendKeys(bad.toAbsolutePath().toString());
        WebElement report = waitFor(d -> d.findElement(By.id("importer-rejected")));
        assertThat(report.getText()).contains("problem").contains("bad-bundle.zip");
        waitFor(d -> d.findElement(By.id("importer-problems")));
        waitForText("responses.csv");
        shot("06-bad-bundle");
    }

    /** Every view of the menu opens in the browser without an error and draws what it leads with. */
    @Test
    @Order(7)
    void every_view_opens_and_draws() throws IOException {
        List<String> views = List.of("home", "matrix", "network", "profile", "timeline", "effects", "interventions", "history", "export", "fieldwork");
        for (String view : views) {
            click(By.id("menu-" + view));
            waitFor(d -> d.getCurrentUrl().contains(view.equals("home") ? "/" : "/" + view) ? Boolean.TRUE : null);
            waitFor(d -> d.findElements(By.cssSelector("main h2, main h3, samspil-chart, samspil-heatmap, vaadin-grid")).isEmpty() ? null : Boolean.TRUE);
            for (WebElement chart : browser.findElements(By.tagName("samspil-chart"))) {
                // ECharts draws into an SVG inside the element's shadow root
                waitFor(d -> chart.getShadowRoot().findElements(By.cssSelector("svg")).isEmpty() ? null : Boolean.TRUE);
                assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].chart.getOption().animation", chart))
                        .as("%s: a chart animates although less motion was asked for", view).isEqualTo(false);
            }
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Internal error").doesNotContain("Could not navigate");
            checks.assertAccessible("view " + view);
            checks.assertNoViolationsOrConsoleErrors("view " + view);
            shot("07-view-" + view);
        }
    }

    /**
     * The security headers on every kind of response, signed in or not, and no stack trace, class or
     * SQL in any of them. The read API's paths join SIGNED_IN's list when it comes.
     */
    @Test
    @Order(8)
    void every_response_carries_the_security_headers_and_no_internals() throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        List<String> anonymous = List.of("/login", "/q/not-a-link", "/samspil.css", "/no-such-page", "/admin/read-model/rebuild",
                "/admin/no-such-endpoint", "/error", "/VAADIN/no-such-file.js", "/matrix?asof=not-a-moment", "/api/v1/studies",
                "/api/v1/studies/mini/matrix?wave=w0", "/api/v1/openapi.json", "/api/v1/docs");
        List<String> signedIn = List.of("/", "/matrix", "/matrix?asof=not-a-moment&study=no-such-study", "/history?from=31-31-2026",
                "/no-such-page", "/samspil.css", "/admin/read-model/rebuild");
        List<String> notStored = List.of("/login", "/q/not-a-link", "/", "/matrix", "/admin/read-model/rebuild", "/api/v1/studies");
        SoftAssertions soft = new SoftAssertions();
        for (String path : anonymous) {
            HttpResponse<String> response = ResponseHeaders.check(soft, app.url(), path, null);
            if (notStored.contains(path)) {
                ResponseHeaders.assertNotStored(soft, path, response);
            }
        }
        for (String path : signedIn) {
            HttpResponse<String> response = ResponseHeaders.check(soft, app.url(), path, session);
            if (notStored.contains(path.replaceAll("\\?.*", ""))) {
                ResponseHeaders.assertNotStored(soft, path, response);
            }
        }
        // no HSTS over plain HTTP; behind a TLS-terminating proxy (X-Forwarded-Proto) HSTS and a Secure cookie
        HttpResponse<String> plain = ResponseHeaders.check(soft, app.url(), "/login", null);
        soft.assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("HSTS over plain HTTP").isEmpty();
        ResponseHeaders.assertSessionCookie(soft, plain, false);
        HttpResponse<String> proxied = ResponseHeaders.check(soft, app.url(), "/login", null, "X-Forwarded-Proto", "https");
        soft.assertThat(proxied.headers().firstValue("Strict-Transport-Security")).as("HSTS behind a TLS proxy")
                .hasValueSatisfying(hsts -> soft.assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        ResponseHeaders.assertSessionCookie(soft, proxied, true);
        soft.assertAll();
    }

    /** An address no page answers, typed in or followed inside the app: Samspil's own neutral page, which does not echo it. */
    @Test
    @Order(9)
    void an_unknown_address_shows_nothing_of_the_system() throws IOException {
        browser.get(app.url() + "/no-such-page");
        WebElement typed = waitFor(d -> d.findElement(By.id("not-found")));
        assertThat(typed.getText()).containsAnyOf("Siden findes ikke", "Page not found").doesNotContain("no-such-page");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "Whitelabel", "dk.samspil", "Tomcat");
        checks.assertNoViolationsOrConsoleErrors("unknown address typed in", "the server responded with a status of 404");
        browser.get(app.url() + "/");
        waitFor(d -> d.findElement(By.id("main-menu")));
        ((JavascriptExecutor) browser).executeScript("const a = document.createElement('a'); a.href = 'no-such-page'; a.id = 'stray-link';"
                + " a.setAttribute('router-link', ''); a.textContent = 'stray'; document.querySelector('main, body').appendChild(a);");
        click(By.id("stray-link"));
        WebElement notFound = waitFor(d -> d.findElement(By.id("not-found")));
        assertThat(notFound.getText()).containsAnyOf("Siden findes ikke", "Page not found").doesNotContain("Could not navigate", "no-such-page");
        checks.assertAccessible("not-found page");
        shot("09-unknown-address");
    }

    /** A respondent's link opened on a phone: the questionnaire, accessible, under the policy, never cached. */
    @Test
    @Order(10)
    void the_questionnaire_on_a_phone_is_accessible_and_carries_the_headers() throws Exception {
        Path data = work.resolve("questionnaire");
        Path bundle = OpenWaveBundle.write(work.resolve("open-wave"), "p-answered");
        RunningApp.Finished imported = RunningApp.run(data, "import", bundle.toString());
        assertThat(imported.exit()).as(imported.output()).isZero();
        Path people = Files.writeString(work.resolve("people.csv"), "respondent,respondent_group\np-phone,skole\n");
        RunningApp.Finished invited = RunningApp.run(data, "invite", "--study", "aaben", "--wave", "nu", "--unit", "u1",
                "--respondents", people.toString(), "--base-url", "http://localhost");
        Matcher link = Pattern.compile("/q/([A-Za-z0-9_-]{20,})").matcher(invited.output());
        assertThat(link.find()).as(invited.output()).isTrue();
        try (RunningApp respondents = RunningApp.demo(data, SHOTS.resolve("questionnaire-app.log"))) {
            String path = "/q/" + link.group(1);
            SoftAssertions soft = new SoftAssertions();
            ResponseHeaders.assertNotStored(soft, path, ResponseHeaders.check(soft, respondents.url(), path, null));
            soft.assertAll();
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(respondents.url() + path);
            waitFor(d -> d.findElement(By.id("questionnaire-submit")));
            checks.assertAccessible("questionnaire on a phone");
            checks.assertNoViolationsOrConsoleErrors("questionnaire on a phone");
            shot("10-questionnaire-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
            browser.get("about:blank");
        }
    }

    /** The read API's browsable description, under the same policy: it draws every endpoint without a violation. */
    @Test
    @Order(11)
    void the_read_apis_page_lists_its_endpoints_under_the_policy() throws IOException {
        browser.get(app.url() + "/api/v1/docs");
        waitFor(d -> d.findElements(By.cssSelector(".opblock-summary-path")).size() >= 14 ? true : null);
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText).toList())
                .contains("/api/v1/studies/{study}/matrix", "/api/v1/studies/{study}/analyses/effect");
        checks.assertNoViolationsOrConsoleErrors("the read API's page");
        shot("11-read-api");
    }

    /**
     * Issue 17 in the browser: the release page with its review and the demo's release points; then the demo's
     * programme manager, whose as-of control chooses among release points, under a banner saying which.
     */
    @Test
    @Order(12)
    void the_release_page_reviews_and_a_programme_manager_reads_at_release_points() throws IOException {
        // the steps before end the admin's session: sign in again, and the sign-in leads on to the release page
        browser.manage().deleteAllCookies();
        browser.get(app.url() + "/release");
        signIn("samspil-demo-2026", d -> d.findElement(By.id("release-choose")));
        waitFor(d -> d.findElement(By.id("release-points")));
        checks.assertAccessible("release page");
        shot("12-release-page");
        // a wave named in the address is reviewed at once: every figure of the demo decided again, so allow minutes
        browser.get(app.url() + "/release?study=demo&wave=m18");
        new WebDriverWait(browser, Duration.ofMinutes(4)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElements(By.id("release-withheld")).isEmpty() ? null : Boolean.TRUE);
        checks.assertAccessible("release review");
        checks.assertNoViolationsOrConsoleErrors("release page");
        shot("12-release-review");

        browser.manage().deleteAllCookies();
        browser.get(app.url() + "/");
        signIn("demo-leder", "samspil-demo-2026", d -> d.findElement(By.id("main-menu")));
        click(By.id("menu-matrix"));
        waitFor(d -> d.findElement(By.id("as-of-release")));
        waitForText("Tallene står som frigivet");
        waitFor(d -> cells().isEmpty() ? null : Boolean.TRUE);
        assertThat(browser.findElements(By.id("as-of-slider"))).as("no event-by-event slider for a programme manager").isEmpty();
        checks.assertAccessible("a programme manager's matrix");
        checks.assertNoViolationsOrConsoleErrors("a programme manager's matrix");
        shot("12-manager-at-release");
    }

    /**
     * Issue 22 as a programme manager reads it at the demo's release points on a 1366×768 screen: the timeline's citizen
     * outcome drawn, no chart label over another, no table cell cut, every wave named on the axes and no English method text.
     */
    @Test
    @Order(13)
    void a_programme_managers_views_read_at_a_glance_on_a_small_screen() throws IOException {
        Legibility legible = new Legibility(browser);
        browser.manage().window().setSize(new Dimension(1366, 768));
        try {
            browser.manage().deleteAllCookies();
            browser.get(app.url() + "/timeline?study=demo");
            signIn("demo-leder", "samspil-demo-2026", d -> d.findElement(By.id("timeline-chart")));
            WebElement timeline = drawn("timeline-chart");
            shotOf(timeline, "13-timeline-1366");
            assertThat(legible.drawnPoints(timeline, "outcome")).as("the outcome's periods drawn").isGreaterThanOrEqualTo(6);
            assertThat(legible.overlappingLabels(timeline)).as("timeline labels over each other").isEmpty();
            assertThat(String.join("", legible.labels(timeline))).as("every wave named").contains("Opstartsmåling", "Målingefter6måneder",
                    "Målingefter12måneder", "Afslutningsmålingefter18måneder");
            assertThat(legible.truncatedCells()).as("timeline tables").isEmpty();

            browser.get(app.url() + "/timeline?study=demo&intervention=ht-vest");
            WebElement story = drawn("timeline-chart");
            assertThat(legible.drawnPoints(story, "outcome-before-after")).as("the levels before and after").isEqualTo(4);
            assertThat(legible.overlappingLabels(story)).as("labels around an intervention").isEmpty();
            waitForText("95 %-konfidensinterval");
            shotOf(story, "13-timeline-story-1366");

            browser.get(app.url() + "/network?study=demo");
            WebElement network = drawn("network-chart");
            assertThat(legible.overlappingLabels(network)).as("network labels over each other").isEmpty();
            assertThat(browser.findElements(By.className("network-weak-item"))).hasSize(10);
            click(By.id("network-weak-all"));
            waitFor(d -> d.findElements(By.className("network-weak-item")).size() > 10 ? Boolean.TRUE : null);
            assertThat(legible.truncatedCells()).as("network tables").isEmpty();
            shotOf(network, "13-network-1366");
            browser.get(app.url() + "/network?study=demo&show=weak-important");
            WebElement weak = drawn("network-chart");
            assertThat(legible.overlappingLabels(weak)).as("labelled weak-but-important arrows").isEmpty();
            assertThat(legible.unlabelledArrows(weak)).as("few arrows, each with its letter").isEmpty();
            shotOf(weak, "13-network-weak-important-1366");
            browser.get(app.url() + "/network?study=demo&group=ppr");
            WebElement ego = drawn("network-chart");
            shotOf(ego, "13-network-ppr-1366");
            assertThat(legible.overlappingLabels(ego)).as("one group's labelled ties").isEmpty();
            assertThat(legible.unlabelledArrows(ego)).as("one group's ties, each with its letter").isEmpty();

            browser.get(app.url() + "/?study=demo");
            WebElement overview = drawn("overview-chart");
            assertThat(legible.overlappingLabels(overview)).as("overview labels over each other").isEmpty();
            assertThat(String.join("", legible.labels(overview))).as("every wave named").contains("Opstartsmåling", "Målingefter6måneder", "Målingefter12måneder",
                    "Afslutningsmålingefter18måneder");
            assertThat(legible.truncatedCells()).as("overview tables").isEmpty();
            assertThat(legible.tooltip(overview, "rk", 0)).as("a Danish tooltip's numbers").containsPattern("\\d,\\d").doesNotContainPattern("\\d\\.\\d");
            shotOf(overview, "13-overview-1366");

            browser.get(app.url() + "/effects?study=demo");
            drawn("effects-forest");
            String page = browser.findElement(By.tagName("body")).getText();
            for (String english : List.of(InterventionEffect.METHOD, Elasticity.METHOD, Analyses.EFFECT_DIFFERENCE, Analyses.ELASTICITY_DIFFERENCE,
                    StaggeredEffect.METHOD_INFLUENCE)) {
                assertThat(page).as("English method text on the Danish page").doesNotContain(english);
            }
            assertThat(legible.truncatedCells()).as("effects tables").isEmpty();
            shot("13-effects-1366");
            // the staggered starts' section: both estimators, the event study with its placebos, cells and decomposition
            shotOf(drawn("effects-event-study"), "13-effects-staggered-1366");
            assertThat(legible.truncatedCells()).as("staggered effect tables").isEmpty();
            checks.assertNoViolationsOrConsoleErrors("a programme manager's views at 1366×768");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** A screenshot with the chart at the top of the window, as far as the page scrolls. */
    private static void shotOf(WebElement chart, String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", chart);
        shot(name);
    }

    /** The chart of that id once ECharts has drawn it. */
    private static WebElement drawn(String id) {
        WebElement chart = waitFor(d -> d.findElement(By.id(id)));
        waitFor(d -> chart.getShadowRoot().findElements(By.cssSelector("svg text")).isEmpty() ? null : Boolean.TRUE);
        return chart;
    }

    /** The test resource with a score off the scale, zipped as a user would upload it. */
    private static Path badBundle() throws IOException {
        Path folder = Path.of("src", "test", "resources", "malformed", "14-responses-score-off-scale");
        Path zip = work.resolve("bad-bundle.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); var files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("expected.txt")).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** vaadin-upload's file input, in its shadow root or its light DOM depending on the version. */
    private static WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst();
    }

    private static List<WebElement> cells() {
        SearchContext heatmap = browser.findElement(By.tagName("samspil-heatmap")).getShadowRoot();
        // the cells are the paths filled with a band colour (high, middle, low) or the suppressed grey
        return heatmap.findElements(By.cssSelector("path")).stream()
                .filter(p -> List.of("#2f7d3f", "#f2b233", "#c23b3b", "#c9ced3").contains(String.valueOf(p.getAttribute("fill")).toLowerCase()))
                .toList();
    }

    /**
     * Fills in and sends the login form until the expected element shows. The form re-renders once
     * after the page loads, which can swallow what was typed before it; a second try then succeeds.
     */
    private static void signIn(String password, Function<org.openqa.selenium.WebDriver, ?> expected) {
        signIn("demo-admin", password, expected);
    }

    private static void signIn(String username, String password, Function<org.openqa.selenium.WebDriver, ?> expected) {
        for (int attempt = 1; ; attempt++) {
            type(USERNAME, username);
            type(PASSWORD, password);
            browser.findElement(PASSWORD).sendKeys(Keys.ENTER);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                        // the page is replaced as the form is answered: an element read meanwhile may be gone
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(expected);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Types into what the locator finds, cleared first, again if the page replaced it meanwhile (the login page re-renders its form). */
    private static void type(By locator, String text) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement field = d.findElement(locator);
                    field.clear();
                    field.sendKeys(text);
                    return Boolean.TRUE;
                });
    }

    /** Clicks what the locator finds, again if the page replaced it meanwhile. */
    private static void click(By locator) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(locator).click();
            return Boolean.TRUE;
        });
    }

    private static <T> T waitFor(Function<org.openqa.selenium.WebDriver, T> condition) {
        return wait.ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    }

    private static void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null);
    }

    private static void shot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
