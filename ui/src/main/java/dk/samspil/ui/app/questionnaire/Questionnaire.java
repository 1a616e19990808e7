package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.Target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a respondent's page shows: the questions of one link and the answers saved so far, and
 * nothing about other respondents or the study's figures.
 */
public record Questionnaire(String studyTitle, String waveLabel, LocalDate opensOn, LocalDate closesOn,
                            List<AttributeSpec> background, List<Part> parts, Answers saved) {

    /** @param background the respondent attributes the study asks, once per wave before the items, in study.json's order */
    public Questionnaire {
        background = List.copyOf(background);
        parts = List.copyOf(parts);
    }

    /** One instrument: its items asked once per section. */
    public record Part(Instrument instrument, List<Section> sections) {

        public Part {
            sections = List.copyOf(sections);
        }

        public List<Question> questions(Section section) {
            return instrument.items().stream().map(Item::key)
                    .map(item -> new Question(instrument.ref(), section.target(), item)).toList();
        }
    }

    /**
     * The items asked about one target group (for a relational instrument), or once about nothing.
     *
     * @param ownGroup whether the group is the respondent's own (its items are then the rating "within the group")
     */
    public record Section(Target target, String groupName, boolean ownGroup) {

        public static final Section UNTARGETED = new Section(null, null, false);
    }

    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        parts.forEach(part -> part.sections().forEach(section -> all.addAll(part.questions(section))));
        return all;
    }

    /**
     * @throws IllegalArgumentException when an answer is to a question not asked here, or off its instrument's scale, or a
     *                                  background value is of an attribute not asked here or not one of its values
     */
    public void check(Answers answers) {
        answers.background().forEach((key, value) -> {
            AttributeSpec attribute = background.stream().filter(a -> a.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("this questionnaire does not ask the background attribute '" + key + "'"));
            if (attribute.value(value).isEmpty()) {
                throw new IllegalArgumentException("'" + value + "' is not a value of " + key + " (its values: "
                        + String.join(", ", attribute.values().stream().map(AttributeSpec.Value::key).toList()) + ")");
            }
        });
        Map<Question, Instrument> asked = new HashMap<>();
        parts.forEach(part -> part.sections().forEach(section -> part.questions(section).forEach(q -> asked.put(q, part.instrument()))));
        answers.byQuestion().forEach((question, score) -> {
            Instrument instrument = asked.get(question);
            if (instrument == null) {
                throw new IllegalArgumentException("this questionnaire does not ask " + question);
            }
            if (score != null && !instrument.scale().contains(score)) {
                throw new IllegalArgumentException("score " + score + " for " + question + " is off the scale " + instrument.scale());
            }
        });
    }
}
