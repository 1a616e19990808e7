package dk.samspil.ui.e2e;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page the browser tests open must pass: no Content-Security-Policy violation and no
 * console error, and no WCAG 2.1 A/AA violation that axe-core finds.
 */
final class BrowserChecks {

    /** axe-core from the npm registry (.ci/axe.sh; ./samspil test fetches it). */
    static final Path AXE = Path.of("..", ".tools", "axe-core", "axe.min.js");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Kept in sessionStorage, so a violation survives the page loads that sign-in and language switch make. */
    private static final String VIOLATION_LISTENER = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
              seen.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber
                  + ' (' + (e.sample || '') + ')');
              sessionStorage.setItem('csp-violations', JSON.stringify(seen));
            });
            """;

    private final ChromeDriver browser;
    private final String axe;

    private BrowserChecks(ChromeDriver browser, String axe) {
        this.browser = browser;
        this.axe = axe;
    }

    /** Listens for CSP violations in every document the browser opens from now on. */
    static BrowserChecks watching(ChromeDriver browser) throws IOException {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath().normalize() + " is missing: run .ci/axe.sh (./samspil test does)");
        }
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_LISTENER));
        return new BrowserChecks(browser, Files.readString(AXE));
    }

    /** Fails on any CSP violation the page reported and any console error since the last call, but those expected. */
    void assertNoViolationsOrConsoleErrors(String where, String... expectedErrors) {
        assertThat(policyViolations()).as("%s: Content-Security-Policy violations", where).isEmpty();
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // the browser asks for /favicon.ico by itself; Samspil has none
            boolean expected = entry.getMessage().contains("/favicon.ico - Failed to load resource")
                    || java.util.Arrays.stream(expectedErrors).anyMatch(entry.getMessage()::contains);
            if (!expected && (entry.getLevel().intValue() >= Level.SEVERE.intValue() || entry.getMessage().contains("Content Security Policy"))) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("%s: console errors", where).isEmpty();
    }

    /** The violations the page reported since the last call (and forgets them). */
    List<String> policyViolations() {
        // the browser's own error page (an empty 404) has no storage: nothing of ours ran there
        Object reported = browser.executeScript("""
                try {
                  const seen = sessionStorage.getItem('csp-violations') || '[]';
                  sessionStorage.removeItem('csp-violations');
                  return JSON.parse(seen);
                } catch (e) {
                  return [];
                }""");
        return ((List<?>) reported).stream().map(String::valueOf).toList();
    }

    /** Forgets what the console said so far (after a step that provoked an error on purpose). */
    void forgetConsole() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    /** Runs axe-core on the page as it stands and fails with each WCAG 2.1 A/AA violation, its elements and how to fix them. */
    void assertAccessible(String where) {
        browser.executeScript("if (!window.axe) { " + axe + "\n}");
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's own known violation, vaadin/web-components#7337: a required vaadin-select puts aria-required
                // on its value button (role=button); the select itself is labelled and marked required correctly
                const known = (v, n) => v.id === 'aria-allowed-attr' && JSON.stringify(n.target).includes('vaadin-select-value-button')
                    && /aria-required/.test(n.failureSummary) && !/aria-(?!required)[a-z]+=/.test(n.failureSummary);
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations
                      .map(v => ({...v, nodes: v.nodes.filter(n => !known(v, n))})).filter(v => v.nodes.length > 0)
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' ' + v.helpUrl + '\\n'
                      + v.nodes.slice(0, 5).map(n => '    ' + JSON.stringify(n.target) + ': ' + n.failureSummary.replace(/\\n/g, ' ')).join('\\n'))))
                  .catch(e => done(['axe failed: ' + e]));""", WCAG_21_AA);
        assertThat((List<?>) result).as("%s: WCAG 2.1 A/AA violations (axe-core)", where).isEmpty();
    }
}
