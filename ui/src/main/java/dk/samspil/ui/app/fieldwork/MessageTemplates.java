package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.fieldwork.FieldworkSent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of invitations and reminders: built in for the four languages the programme works in
 * (messages_*.properties), or a researcher's own for a wave ({@link Written}, kept by {@link WaveTemplates}).
 */
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

    /** The placeholders a researcher's text may use: the study's title, the personal link, the wave's last day. */
    public static final List<String> PLACEHOLDERS = List.of("{study}", "{link}", "{closes}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]*}");

    /** A researcher's own subject and body, with {study}, {link} and {closes} where the values go. */
    public record Written(String subject, String body) {

        /** Names the text by its content, so a changed text is a new version in the history and the same text the same one. */
        public String version() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest((subject + "\n" + body).getBytes(StandardCharsets.UTF_8));
                return "custom-" + HexFormat.of().formatHex(digest, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        /** What is wrong with the text, each naming its field (and the body's line); empty when it can go out. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (subject == null || subject.isBlank()) {
                problems.add("subject: is empty");
            } else {
                if (subject.contains("\n") || subject.contains("\r")) {
                    problems.add("subject: must be one line");
                }
                if (subject.length() > 200) {
                    problems.add("subject: has " + subject.length() + " characters, at most 200");
                }
                unknown(subject).forEach(p -> problems.add("subject: unknown placeholder " + p + "; use " + String.join(", ", PLACEHOLDERS)));
            }
            if (body == null || body.isBlank()) {
                problems.add("body: is empty");
                return problems;
            }
            if (body.length() > 20_000) {
                problems.add("body: has " + body.length() + " characters, at most 20000");
            }
            if (!body.contains("{link}")) {
                problems.add("body: has no {link}: the respondent's personal link must be in the message");
            }
            List<String> lines = body.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                unknown(lines.get(i)).forEach(p -> problems.add("body line " + line + ": unknown placeholder " + p + "; use "
                        + String.join(", ", PLACEHOLDERS)));
            }
            return problems;
        }

        private static List<String> unknown(String text) {
            List<String> unknown = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group())) {
                    unknown.add(m.group());
                }
            }
            return unknown;
        }
    }

    private MessageTemplates() {
    }

    /** The template's name as recorded: the researcher's text's version, or the built-in one's, and the language. */
    public static String name(Optional<Written> written, Language language) {
        return written.map(Written::version).orElse(VERSION) + "/" + language.key();
    }

    /** The message in the researcher's text when there is one, else in the built-in text of the language. */
    public static Text render(FieldworkSent.Kind kind, Language language, Optional<Written> written, String studyTitle, String link,
                              LocalDate closesOn) {
        String closes = closesOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale));
        if (written.isPresent()) {
            return new Text(fill(written.get().subject(), studyTitle, link, closes).strip(), fill(written.get().body(), studyTitle, link, closes));
        }
        ResourceBundle texts = ResourceBundle.getBundle("dk.samspil.ui.app.fieldwork.messages", language.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String prefix = kind == FieldworkSent.Kind.INVITATION ? "invitation." : "reminder.";
        return new Text(new MessageFormat(texts.getString(prefix + "subject"), language.locale).format(new Object[]{studyTitle}),
                new MessageFormat(texts.getString(prefix + "body"), language.locale).format(new Object[]{studyTitle, link, closes}));
    }

    /** The built-in text of a kind and language, as a researcher would write it: the starting point for their own. */
    public static Written builtIn(FieldworkSent.Kind kind, Language language) {
        Text text = render(kind, language, Optional.empty(), "{study}", "{link}", LocalDate.EPOCH);
        String closes = LocalDate.EPOCH.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale));
        return new Written(text.subject(), text.body().replace(closes, "{closes}"));
    }

    private static String fill(String text, String studyTitle, String link, String closes) {
        // one pass, so a title that itself contains "{link}" is not filled again
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group()) {
                case "{study}" -> studyTitle;
                case "{link}" -> link;
                case "{closes}" -> closes;
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
