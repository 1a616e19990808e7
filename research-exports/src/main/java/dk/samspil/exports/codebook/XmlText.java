package dk.samspil.exports.codebook;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal XML writer with fixed output: two-space indent, "\n" line ends, attributes in the order
 * given, so the same calls give the same bytes on every platform and JDK.
 */
final class XmlText {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; attributes come as name, value pairs, and a null value leaves that attribute out. */
    XmlText start(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    XmlText end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** A leaf element holding text (escaped); null text writes an empty element. */
    XmlText leaf(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        if (text == null || text.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        }
        return this;
    }

    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
            }
        }
    }

    private StringBuilder indent() {
        return out.repeat("  ", open.size());
    }

    static String escape(String text, boolean attribute) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append(attribute ? "&quot;" : "\"");
                case '\n' -> s.append(attribute ? "&#10;" : "\n");
                case '\t' -> s.append(attribute ? "&#9;" : "\t");
                case '\r' -> s.append("&#13;");
                default -> {
                    // XML 1.0 cannot carry other control characters at all, not even escaped
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        s.append('\uFFFD');
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
