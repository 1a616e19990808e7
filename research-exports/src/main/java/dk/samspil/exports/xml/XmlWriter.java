package dk.samspil.exports.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one XML writer of the exports (GraphML, GEXF, DDI-Codebook), with fixed output: two-space indent, "\n" line
 * ends, attributes in the order given, so the same calls give the same bytes on every platform and JDK. A character
 * XML 1.0 cannot carry becomes U+FFFD. Not the JDK's StAX writer: it passes control characters through (not
 * well-formed), writes line breaks in attribute values as they are (read back as spaces), and has no way to keep
 * the network files' escaped apostrophes.
 */
public final class XmlWriter {

    /** How much is written as references; either way a parser reads back the same text. */
    public enum Escaping {
        /** What XML needs: markup, CR, and in attribute values also the double quote, tab and line feed (DDI-Codebook). */
        MINIMAL,
        /** Content like attribute values, apostrophes too: the network formats' bytes since their first release. */
        UNIFORM
    }

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();
    private final Escaping escaping;

    public XmlWriter() {
        this(Escaping.MINIMAL);
    }

    public XmlWriter(Escaping escaping) {
        this.escaping = escaping;
    }

    /** Opens an element; attributes come as name, value pairs, and a null value leaves that attribute out. */
    public XmlWriter start(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** A leaf element holding text (escaped); null or empty text writes an empty element. */
    public XmlWriter leaf(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        if (text == null || text.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append('>').append(escape(text, false, escaping)).append("</").append(name).append(">\n");
        }
        return this;
    }

    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        return out.toString();
    }

    public byte[] toBytes() {
        return finish().getBytes(StandardCharsets.UTF_8);
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true, escaping)).append('"');
            }
        }
    }

    private StringBuilder indent() {
        return out.repeat("  ", open.size());
    }

    /** {@link Escaping#MINIMAL} escaping of content ({@code attribute} false) or of a double-quoted attribute value. */
    public static String escape(String text, boolean attribute) {
        return escape(text, attribute, Escaping.MINIMAL);
    }

    static String escape(String text, boolean attribute, Escaping escaping) {
        // attribute-value normalisation would read a literal tab or line feed back as a space
        boolean references = attribute || escaping == Escaping.UNIFORM;
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                // escaped everywhere, so that "]]>" never stands in content
                case '>' -> s.append("&gt;");
                case '"' -> s.append(references ? "&quot;" : "\"");
                case '\'' -> s.append(escaping == Escaping.UNIFORM ? "&apos;" : "'");
                case '\n' -> s.append(references ? "&#10;" : "\n");
                case '\t' -> s.append(references ? "&#9;" : "\t");
                // a parser reads a literal CR as a line feed, in content too
                case '\r' -> s.append("&#13;");
                default -> s.appendCodePoint(isXmlChar(c) ? c : '\uFFFD');
            }
        });
        return s.toString();
    }

    /** XML 1.0's Char production less tab, LF and CR: other control characters, U+FFFE, U+FFFF and unpaired surrogates cannot appear, not even escaped. */
    private static boolean isXmlChar(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
