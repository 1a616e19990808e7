package dk.samspil.reports;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** A report's words in Danish or English (resource bundle dk/samspil/reports/texts), its numbers and times as that language writes them. */
public final class ReportTexts {

    /** Times are written as the municipalities read them. */
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dk.samspil.reports.texts", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @param language da or en */
    public static ReportTexts of(String language) {
        return switch (language) {
            case "da" -> new ReportTexts(Locale.of("da", "DK"));
            case "en" -> new ReportTexts(Locale.ENGLISH);
            default -> throw new IllegalArgumentException("--lang is da or en, was '" + language + "'");
        };
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** The text of a key data may bring beyond the translated ones (a new outcome): the fallback, the key itself, then. */
    public String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A number to this many decimals, never "-0,00": a value that rounds to zero has no sign. */
    public String fixed(double value, int decimals) {
        String written = numbers(decimals).format(value);
        return written.matches("-0([.,]0*)?") ? written.substring(1) : written;
    }

    /** A mean to two decimals: 3,45 in Danish, 3.45 in English. */
    public String mean(double value) {
        return numbers(2).format(value);
    }

    /** A difference with its sign, +0,12 or −0,12 (a minus sign, not a hyphen). */
    public String signed(double value, int decimals) {
        String number = numbers(decimals).format(Math.abs(value));
        return (value < 0 ? "−" : "+") + number;
    }

    /** Numbers with exactly this many decimals, as the language writes them, without grouping. */
    public NumberFormat numbers(int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format;
    }

    public String dateTime(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale).withZone(DENMARK).format(at);
    }
}
