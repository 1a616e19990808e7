package dk.samspil.domain.study;

import dk.samspil.domain.shared.AttributeKey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A background attribute of a study's respondents (leader or staff, profession, seniority band) or
 * citizens (resource level, age band), and the values it may take, as study.json defines it.
 *
 * @param asked a respondent attribute the web questionnaire asks once per wave, before the items
 */
public record AttributeSpec(AttributeKey key, AppliesTo appliesTo, Label label, boolean asked, List<Value> values) {

    public AttributeSpec {
        values = List.copyOf(values);
    }

    /** Whose attribute it is: a respondent's (per wave) or a citizen's (from a date). */
    public enum AppliesTo {
        RESPONDENT, CITIZEN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A label in Danish and English, and in Norwegian bokmål and Swedish where given (else the English one). */
    public record Label(String da, String en, String nb, String sv) {

        /** The label in the locale's language: Danish, Norwegian or Swedish where asked for and given, else English. */
        public String in(Locale locale) {
            String chosen = switch (locale == null ? "en" : locale.getLanguage()) {
                case "da" -> da;
                case "nb", "no" -> nb;
                case "sv" -> sv;
                default -> en;
            };
            return chosen == null ? en : chosen;
        }
    }

    /** One value the attribute may take: its key (as the bundle's CSV writes it) and label. */
    public record Value(String key, Label label) {
    }

    public Optional<Value> value(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
