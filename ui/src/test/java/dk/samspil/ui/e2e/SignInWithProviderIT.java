package dk.samspil.ui.e2e;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in a real browser: the packaged demo configured by environment variables for an OpenID Connect
 * provider running in this test (mock-oauth2-server with its login form), a user whose claim names a role, one
 * without a role, signing out at Samspil and the provider, and an expired ID token. Screenshots in target/e2e/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInWithProviderIT {

    private static final Path SHOTS = Path.of("target", "e2e");
    private static final By LOCAL_USERNAME = By.cssSelector("vaadin-login-form input[name='username']");
    private static final By PROVIDER_BUTTON = By.id("sign-in-kommune");

    @TempDir
    static Path work;

    private static MockOAuth2Server provider;
    private static RunningApp app;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startProviderAppAndBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        // interactive: the provider shows a login form where the test types the user and their claims
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start();
        app = RunningApp.demo(work.resolve("data"), SHOTS.resolve("sso-app.log"), Map.of(
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_CLIENTID", "samspil",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_CLIENTSECRET", "test-secret",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_CLIENTNAME", "Kommunens log-ind",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_SCOPE", "openid,profile",
                "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOMMUNE_ISSUERURI", provider.issuerUrl("kommune").toString(),
                "SAMSPIL_SIGNIN_ROLESFROM", "claims",
                "SAMSPIL_SIGNIN_ROLEVALUES_FORSKER", "researcher"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + work.resolve("chromium"), "--window-size=1400,1000", "--lang=da");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    @Order(1)
    void a_user_whose_claim_names_a_role_signs_in_through_the_provider_and_out_again() throws IOException {
        browser.get(app.url() + "/");
        WebElement start = waitFor(d -> d.findElement(PROVIDER_BUTTON));
        assertThat(start.getText()).isEqualTo("Log ind med Kommunens log-ind");
        assertThat(browser.findElements(LOCAL_USERNAME)).as("local accounts stay beside the provider").isNotEmpty();
        shot("sso-00-sign-in");

        signInAtProvider("ida", "{\"preferred_username\": \"ida\", \"samspil_role\": \"forsker\", \"samspil_organisations\": [\"demo-kommune\"]}");
        waitFor(d -> d.findElement(By.id("main-menu")));
        waitForText("Relationel kapacitet over tid");
        shot("sso-01-signed-in");

        waitFor(d -> d.findElement(By.id("menu-sign-out"))).click();
        waitFor(d -> d.findElement(By.id("sign-out"))).click();
        // out at the provider (its end_session endpoint), then back on Samspil's sign-in page
        waitFor(d -> d.getCurrentUrl().startsWith(app.url() + "/login") ? Boolean.TRUE : null);
        waitFor(d -> d.findElement(PROVIDER_BUTTON));
        browser.get(app.url() + "/matrix");
        waitFor(d -> d.findElement(PROVIDER_BUTTON));
        assertThat(browser.getCurrentUrl()).as("signed out: the views ask for sign-in again").startsWith(app.url() + "/login");
        shot("sso-02-signed-out");
    }

    @Test
    @Order(2)
    void a_user_without_a_role_sees_no_access_yet_and_nothing_else() throws IOException {
        browser.get(app.url() + "/");
        waitFor(d -> d.findElement(PROVIDER_BUTTON));
        signInAtProvider("jonas", "{\"preferred_username\": \"jonas\"}");
        waitFor(d -> d.findElement(By.id("no-access")));
        waitForText("Ingen adgang endnu");
        assertThat(browser.findElements(By.id("main-menu"))).isEmpty();
        browser.get(app.url() + "/matrix");
        waitForText("Ingen adgang endnu");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Relationsmatrix");
        shot("sso-03-no-access-yet");

        waitFor(d -> d.findElement(By.id("no-access-sign-out"))).click();
        waitFor(d -> d.getCurrentUrl().startsWith(app.url() + "/login") ? Boolean.TRUE : null);
        waitFor(d -> d.findElement(PROVIDER_BUTTON));
    }

    @Test
    @Order(3)
    void an_expired_id_token_is_refused_with_a_plain_message() throws IOException {
        browser.get(app.url() + "/");
        waitFor(d -> d.findElement(PROVIDER_BUTTON));
        // the provider signs a token that expired in 2001: the signature is good, the time is not
        signInAtProvider("eve", "{\"preferred_username\": \"eve\", \"samspil_role\": \"admin\", \"exp\": 1000000000}");
        WebElement problem = waitFor(d -> d.findElement(By.id("sign-in-problem")));
        waitFor(d -> problem.isDisplayed() ? Boolean.TRUE : null);
        assertThat(problem.getText()).isEqualTo("Log-ind gennem identitetsudbyderen kunne ikke bekræftes. Prøv igen, eller spørg en administrator.");
        assertThat(browser.getCurrentUrl()).isEqualTo(app.url() + "/login?error");
        shot("sso-04-expired-token-refused");
        browser.get(app.url() + "/");
        waitFor(d -> d.findElement(PROVIDER_BUTTON));
        assertThat(browser.findElements(By.id("main-menu"))).as("not signed in").isEmpty();
        assertThat(Files.readString(SHOTS.resolve("sso-app.log"))).contains("sign-in through the identity provider failed")
                .contains("exp");
    }

    /** The provider's own login form: a username and the claims its token is to carry. */
    private static void signInAtProvider(String username, String claims) {
        browser.findElement(PROVIDER_BUTTON).click();
        WebElement name = waitFor(d -> d.findElement(By.name("username")));
        name.sendKeys(username);
        WebElement claimField = browser.findElement(By.name("claims"));
        claimField.clear();
        claimField.sendKeys(claims);
        browser.findElement(By.cssSelector("input[type='submit']")).click();
    }

    private static <T> T waitFor(Function<WebDriver, T> condition) {
        return wait.ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private static void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null);
    }

    private static void shot(String name) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
