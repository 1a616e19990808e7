package dk.samspil.exports.network;

import java.math.BigDecimal;

/** Locale-free number and label formatting shared by the network formats. */
final class Text {

    private Text() {
    }

    /** The shortest decimal that reads back as the same double, never in exponent form (e.g. 3.5, 3.9333333333333336). */
    static String number(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** A name as a Pajek or UCINET quoted label: neither format can escape a double quote, so it becomes a single one. */
    static String quoted(String text) {
        return '"' + text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ') + '"';
    }
}
