package dk.samspil.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Words in lines no wider than a width, however the writer measures text; a word wider than that stands alone. */
public final class Lines {

    private Lines() {
    }

    public static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || measure.applyAsDouble(tried) <= width) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
