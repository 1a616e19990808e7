package dk.samspil.exports.network;

import java.math.BigDecimal;

/** Locale-free number and markup formatting shared by the network formats. */
final class Text {

    private Text() {
    }

    /** The shortest decimal that reads back as the same double, never in exponent form (e.g. 3.5, 3.9333333333333336). */
    static String number(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** Escapes text for an XML attribute value or element content. */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    // XML 1.0 cannot carry other control characters at all
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A name as a Pajek or UCINET quoted label: neither format can escape a double quote, so it becomes a single one. */
    static String quoted(String text) {
        return '"' + text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ') + '"';
    }

    /** A CSV field (RFC 4180), quoted only when it must be. */
    static String csv(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
