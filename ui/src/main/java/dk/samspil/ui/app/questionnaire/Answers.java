package dk.samspil.ui.app.questionnaire;

import com.fasterxml.jackson.core.type.TypeReference;
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
 */
public record Answers(Map<Question, Integer> byQuestion) {

    public Answers {
        // not Map.copyOf: a null score is an answer
        byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public boolean isEmpty() {
        return byQuestion.isEmpty();
    }

    /** These answers without those to questions not in {@code asked}. */
    public Answers only(Set<Question> asked) {
        Map<Question, Integer> kept = new LinkedHashMap<>(byQuestion);
        kept.keySet().retainAll(asked);
        return new Answers(kept);
    }

    /** The answers as the bytes sealed into a draft. */
    public byte[] draftBytes() {
        List<Answered> answered = byQuestion.entrySet().stream()
                .map(e -> new Answered(e.getKey().instrument(), e.getKey().target(), e.getKey().item(), e.getValue()))
                .toList();
        try {
            return DomainJson.mapper().writeValueAsBytes(answered);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answers fromDraft(byte[] bytes) {
        try {
            List<Answered> answered = DomainJson.mapper().readValue(bytes, new TypeReference<List<Answered>>() { });
            Map<Question, Integer> answers = new LinkedHashMap<>();
            answered.forEach(a -> answers.put(new Question(a.instrument(), a.target(), a.item()), a.score()));
            return new Answers(answers);
        } catch (IOException e) {
            throw new UncheckedIOException("a saved draft does not read back", e);
        }
    }

    /** One answer in a draft; an absent score is "don't know", as in the questionnaire itself. */
    private record Answered(InstrumentRef instrument, Target target, ItemKey item, Integer score) {
    }
}
