package dk.samspil.ui.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

/**
 * What the browser shows, read as a person would see it: the text of a chart as drawn (its SVG text
 * boxes), the cells of every table, and the points a line series drew. Each check returns what it
 * found wrong, so an assertion names it.
 */
final class Legibility {

    /** The visible texts of a chart's SVG with their boxes, in page pixels. */
    private static final String CHART_TEXTS = """
            const root = arguments[0].shadowRoot;
            const texts = [];
            for (const t of root.querySelectorAll('svg text')) {
              const box = t.getBoundingClientRect();
              const style = getComputedStyle(t);
              let opaque = true;
              for (let e = t; e && e.tagName !== 'svg'; e = e.parentElement) {
                if (e.getAttribute('opacity') === '0' || e.getAttribute('fill-opacity') === '0' || getComputedStyle(e).display === 'none') {
                  opaque = false;
                }
              }
              if (box.width > 0 && box.height > 0 && opaque && style.visibility !== 'hidden' && t.textContent.trim() !== '') {
                texts.push({text: t.textContent, x: box.x, y: box.y, w: box.width, h: box.height});
              }
            }
            return texts;""";

    private final ChromeDriver browser;

    Legibility(ChromeDriver browser) {
        this.browser = browser;
    }

    /** Pairs of drawn chart texts whose boxes cover each other by more than a pixel each way. */
    List<String> overlappingLabels(WebElement chart) {
        List<Map<String, Object>> texts = texts(chart);
        List<String> overlaps = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Map<String, Object> a = texts.get(i);
                Map<String, Object> b = texts.get(j);
                double width = Math.min(n(a, "x") + n(a, "w"), n(b, "x") + n(b, "w")) - Math.max(n(a, "x"), n(b, "x"));
                double height = Math.min(n(a, "y") + n(a, "h"), n(b, "y") + n(b, "h")) - Math.max(n(a, "y"), n(b, "y"));
                if (width > 1 && height > 1) {
                    overlaps.add("'" + a.get("text") + "' and '" + b.get("text") + "'");
                }
            }
        }
        return overlaps;
    }

    /** The drawn texts of a chart in the order drawn, without spaces: a label broken over lines reads whole when they are joined. */
    List<String> labels(WebElement chart) {
        return texts(chart).stream().map(t -> String.valueOf(t.get("text")).replaceAll("\\s", "")).toList();
    }

    /** Every table cell and header of the page whose text is wider than the cell shows, and every table that hides columns to the side. */
    List<String> truncatedCells() {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const cut = [];
                for (const c of document.querySelectorAll('vaadin-grid-cell-content')) {
                  const box = c.getBoundingClientRect();
                  if (box.width > 0 && box.height > 0 && c.textContent.trim() !== '' && c.scrollWidth > c.clientWidth) {
                    cut.push(c.textContent.trim() + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ')');
                  }
                }
                for (const g of document.querySelectorAll('vaadin-grid')) {
                  const table = g.shadowRoot && g.shadowRoot.querySelector('#table');
                  if (table && g.getBoundingClientRect().width > 0 && table.scrollWidth > table.clientWidth + 1) {
                    cut.push('table ' + (g.id || '?') + ' scrolls sideways (' + table.scrollWidth + ' > ' + table.clientWidth + ')');
                  }
                }
                return cut;""");
        return cut;
    }

    /** The arrows of a network chart meant to carry a letter (few drawn) whose letter the browser does not show. */
    List<String> unlabelledArrows(WebElement chart) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                return arguments[0].chart.getOption().series[0].links
                    .filter(l => l.label && l.label.show)
                    .map(l => ({id: l.id, text: l.label.formatter}));""", chart);
        List<String> drawn = new java.util.ArrayList<>(labels(chart));
        List<String> missing = new java.util.ArrayList<>(links.isEmpty() ? List.of("no arrow is set to carry its letter") : List.of());
        for (Map<String, Object> link : links) {
            // letters repeat across arrows, so each drawn letter answers for one arrow only
            if (!drawn.remove(String.valueOf(link.get("text")).replaceAll("\\s", ""))) {
                missing.add(link.get("id") + " '" + link.get("text") + "'");
            }
        }
        return missing;
    }

    /** The text of the tooltip the chart shows over one point of a series (by id), as a hovering reader sees it. */
    String tooltip(WebElement chart, String series, int index) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [element, id, index, done] = arguments;
                const chart = element.chart;
                const seriesIndex = chart.getModel().getSeries().findIndex(s => s.id === id);
                chart.dispatchAction({type: 'showTip', seriesIndex, dataIndex: index});
                // the tooltip is a div ECharts adds beside the drawing once it has laid the text out
                setTimeout(() => {
                  const shown = [...element.shadowRoot.querySelectorAll('div')]
                      .filter(d => d.style.zIndex === '9999999' && d.style.display !== 'none' && d.textContent.trim() !== '');
                  done(shown.map(d => d.textContent).join(' | '));
                }, 300);""", chart, series, index);
    }

    /** How many points of a chart's series (by id) ECharts laid out on the plot: a value, not a gap. */
    long drawnPoints(WebElement chart, String series) {
        return (Long) ((JavascriptExecutor) browser).executeScript("""
                const model = arguments[0].chart.getModel();
                const found = model.getSeries().find(s => s.id === arguments[1]);
                if (!found) { return -1; }
                const data = found.getData();
                // a line series keeps its points as one flat list of x, y (NaN for a gap), a scatter each item's own
                const points = data.getLayout('points');
                let drawn = 0;
                for (let i = 0; i < data.count(); i++) {
                  const at = points ? [points[2 * i], points[2 * i + 1]] : data.getItemLayout(i);
                  if (at && isFinite(at[0]) && isFinite(at[1])) { drawn++; }
                }
                return drawn;""", chart, series);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> texts(WebElement chart) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(CHART_TEXTS, chart);
    }

    private static double n(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
