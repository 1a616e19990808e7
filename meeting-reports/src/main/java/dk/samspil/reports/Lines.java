package dk.samspil.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Words in lines no wider than a width, however the writer measures text; a word wider than that is broken with a
 * hyphen where it must (a long Danish compound in a narrow column), rather than running into the next column.
 */
public final class Lines {

    private Lines() {
    }

    public static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String whole : text.split("\\s+")) {
            String word = whole;
            while (word.length() > 1 && measure.applyAsDouble(word) > width) {
                int cut = 1;
                while (cut < word.length() - 1 && measure.applyAsDouble(word.substring(0, cut + 1) + "-") <= width) {
                    cut++;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, cut) + "-");
                word = word.substring(cut);
            }
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
