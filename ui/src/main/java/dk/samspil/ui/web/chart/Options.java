package dk.samspil.ui.web.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for ECharts options, which are nested maps; keys keep their order for readable JSON. */
public final class Options {

    private Options() {
    }

    /** A map from alternating keys and values; a null value leaves its key out. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /**
     * A category axis' labels when every category must be named (waves): none skipped, a long one broken over lines
     * within {@code width} pixels rather than left out or laid over its neighbour.
     */
    public static Map<String, Object> everyLabel(int width) {
        // the lines apart by more than a line of 12-pixel text is tall, so they never touch
        return map("interval", 0, "width", width, "overflow", "break", "lineHeight", 16);
    }

    /** The CSS custom property of a band's colour ("high", "middle", "low" or "suppressed"), resolved in the browser. */
    public static String bandColour(String band) {
        return band == null || band.equals("suppressed") ? "--samspil-suppressed" : "--samspil-band-" + band;
    }
}
