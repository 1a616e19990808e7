package dk.samspil.ui.app.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a respondent has answered so far. A question with a null score was answered "don't know"
 * (a missing answer, as an empty score in a bundle); a question not in the map was not answered,
 * and stays absent from the submitted questionnaire.
 *
 * @param background the respondent's values of the background attributes the study asks (value keys), in this wave
 */
public record Answers(Map<Question, Integer> byQuestion, Map<AttributeKey, String> background) {

    public Answers {
        // not Map.copyOf: a null score is an answer
        byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
        background = Collections.unmodifiableMap(new LinkedHashMap<>(background));
    }

    public Answers(Map<Question, Integer> byQuestion) {
        this(byQuestion, Map.of());
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public boolean isEmpty() {
        return byQuestion.isEmpty() && background.isEmpty();
    }

    /** These answers without those to questions not in {@code asked}, nor values of attributes not in {@code askedAbout}. */
    public Answers only(Set<Question> asked, Set<AttributeKey> askedAbout) {
        Map<Question, Integer> kept = new LinkedHashMap<>(byQuestion);
        kept.keySet().retainAll(asked);
        Map<AttributeKey, String> keptBackground = new LinkedHashMap<>(background);
        keptBackground.keySet().retainAll(askedAbout);
        return new Answers(kept, keptBackground);
    }

    /** The answers as the bytes sealed into a draft. */
    public byte[] draftBytes() {
        List<Answered> answered = byQuestion.entrySet().stream()
                .map(e -> new Answered(e.getKey().instrument(), e.getKey().target(), e.getKey().item(), e.getValue()))
                .toList();
        try {
            return DomainJson.mapper().writeValueAsBytes(new Draft(answered, background));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A draft as sealed; one saved before background attributes were asked is a bare list of answers. */
    public static Answers fromDraft(byte[] bytes) {
        try {
            JsonNode tree = DomainJson.mapper().readTree(bytes);
            Draft draft = tree.isArray()
                    ? new Draft(List.of(DomainJson.mapper().treeToValue(tree, Answered[].class)), Map.of())
                    : DomainJson.mapper().treeToValue(tree, Draft.class);
            Map<Question, Integer> answers = new LinkedHashMap<>();
            draft.answers().forEach(a -> answers.put(new Question(a.instrument(), a.target(), a.item()), a.score()));
            return new Answers(answers, draft.background() == null ? Map.of() : draft.background());
        } catch (IOException e) {
            throw new UncheckedIOException("a saved draft does not read back", e);
        }
    }

    private record Draft(List<Answered> answers, Map<AttributeKey, String> background) {
    }

    /** One answer in a draft; an absent score is "don't know", as in the questionnaire itself. */
    private record Answered(InstrumentRef instrument, Target target, ItemKey item, Integer score) {
    }
}
