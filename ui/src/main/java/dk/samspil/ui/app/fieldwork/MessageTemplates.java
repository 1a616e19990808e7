package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.fieldwork.FieldworkSent;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The texts of invitations and reminders, in the four languages the programme works in (messages_*.properties). */
public final class MessageTemplates {

    /** Recorded with each sending, so a changed text is a new version in the history. */
    public static final String VERSION = "builtin-1";

    /** A message's language. */
    public enum Language {
        DA(Locale.of("da", "DK")), EN(Locale.of("en", "GB")), NB(Locale.of("nb", "NO")), SV(Locale.of("sv", "SE"));

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** da, en, nb or sv. */
        public static Language of(String key) {
            return Arrays.stream(values()).filter(l -> l.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "language must be one of " + Arrays.stream(values()).map(Language::key).collect(Collectors.joining(", ")) + ", was '" + key + "'"));
        }
    }

    /** A message as it goes out. */
    public record Text(String subject, String body) {
    }

    private MessageTemplates() {
    }

    /** The template's name as recorded: version and language. */
    public static String name(Language language) {
        return VERSION + "/" + language.key();
    }

    public static Text render(FieldworkSent.Kind kind, Language language, String studyTitle, String link, LocalDate closesOn) {
        ResourceBundle texts = ResourceBundle.getBundle("dk.samspil.ui.app.fieldwork.messages", language.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String prefix = kind == FieldworkSent.Kind.INVITATION ? "invitation." : "reminder.";
        String closes = closesOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale));
        return new Text(new MessageFormat(texts.getString(prefix + "subject"), language.locale).format(new Object[]{studyTitle}),
                new MessageFormat(texts.getString(prefix + "body"), language.locale).format(new Object[]{studyTitle, link, closes}));
    }
}
