package dk.samspil.ui.web.questionnaire;

import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.Target;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.ui.app.questionnaire.Answers;
import dk.samspil.ui.app.questionnaire.Question;
import dk.samspil.ui.app.questionnaire.Questionnaire;
import dk.samspil.ui.app.questionnaire.QuestionnaireService;
import dk.samspil.ui.app.questionnaire.SubmitOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A questionnaire link's questions and its submission as JSON, for a survey tool or a fieldwork
 * app that asks the questions itself: the same link, the same checks and the same events as the
 * questionnaire page ({@link QuestionnaireService}). The link is the credential, as on the page.
 */
@RestController
public class QuestionnaireAnswersEndpoint {

    static final String PATH = "/q/{token}/answers";

    /** The same, as a security matcher. */
    public static final String PATTERN = "/q/*/answers";

    private final QuestionnaireService questionnaires;

    QuestionnaireAnswersEndpoint(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** What a link asks: each question with its instrument's scale, and the answers saved so far. */
    record Asked(String study, String wave, LocalDate opensOn, LocalDate closesOn, List<AskedAttribute> background,
                 List<AskedQuestion> questions, List<Answer> saved, Map<String, String> savedBackground) {
    }

    /** A background attribute the study asks once per wave, with its values' keys. */
    record AskedAttribute(String attribute, List<String> values) {
    }

    record AskedQuestion(String instrument, String target, String item, int min, int max) {
    }

    /** One answer; target is group:KEY for a relational instrument, absent otherwise. */
    record Answer(String instrument, String target, String item, Integer score) {
    }

    /** @param background the respondent's value of each background attribute asked (attribute key to value key), if given */
    record Submission(List<Answer> answers, Map<String, String> background) {
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> asked(@PathVariable String token) {
        return questionnaires.open(token).<ResponseEntity<?>>map(q -> ResponseEntity.ok(asked(q))).orElseGet(QuestionnaireAnswersEndpoint::unavailable);
    }

    @PostMapping(value = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submit(@PathVariable String token, @RequestBody Submission submission) {
        SubmitOutcome outcome = questionnaires.submit(token, answers(submission));
        return switch (outcome) {
            case SubmitOutcome.Submitted done -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("questionnaires", done.questionnaires().stream().map(Object::toString).toList()));
            case SubmitOutcome.Unavailable none -> unavailable();
            case SubmitOutcome.OutsideWave outside -> problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "the wave takes answers from " + outside.opensOn() + " to " + outside.closesOn() + "; nothing was recorded");
            case SubmitOutcome.NothingAnswered nothing -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "not one question was answered; nothing was recorded");
        };
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> refused(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage() + "; nothing was recorded");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "the body is not {\"answers\": [{\"instrument\", \"target\", \"item\", \"score\"}, ...], \"background\": {\"ATTRIBUTE\": \"VALUE\"}}");
    }

    private static Asked asked(Questionnaire q) {
        List<AskedQuestion> questions = q.parts().stream().flatMap(part -> part.sections().stream().flatMap(section ->
                part.questions(section).stream().map(question -> new AskedQuestion(question.instrument().toString(),
                        question.target() == null ? null : question.target().toString(), question.item().value(),
                        part.instrument().scale().min(), part.instrument().scale().max())))).toList();
        List<Answer> saved = q.saved().byQuestion().entrySet().stream().map(e -> new Answer(e.getKey().instrument().toString(),
                e.getKey().target() == null ? null : e.getKey().target().toString(), e.getKey().item().value(), e.getValue())).toList();
        List<AskedAttribute> background = q.background().stream().map(a -> new AskedAttribute(a.key().value(),
                a.values().stream().map(AttributeSpec.Value::key).toList())).toList();
        Map<String, String> savedBackground = new TreeMap<>();
        q.saved().background().forEach((key, value) -> savedBackground.put(key.value(), value));
        return new Asked(q.studyTitle(), q.waveLabel(), q.opensOn(), q.closesOn(), background, questions, saved, savedBackground);
    }

    private static Answers answers(Submission submission) {
        if (submission == null || submission.answers() == null) {
            throw new IllegalArgumentException("the body names no answers");
        }
        Map<Question, Integer> byQuestion = new HashMap<>();
        for (int i = 0; i < submission.answers().size(); i++) {
            Answer answer = submission.answers().get(i);
            String where = "answers[" + i + "]";
            if (answer == null || answer.instrument() == null || answer.item() == null) {
                throw new IllegalArgumentException(where + " needs instrument and item");
            }
            if (!InstrumentRef.isValid(answer.instrument()) || (answer.target() != null && !Target.isValid(answer.target()))) {
                throw new IllegalArgumentException(where + ": instrument is KEY@VERSION and target group:KEY");
            }
            Question question = new Question(InstrumentRef.parse(answer.instrument()),
                    answer.target() == null ? null : Target.parse(answer.target()), ItemKey.of(answer.item()));
            if (byQuestion.containsKey(question)) {
                throw new IllegalArgumentException(where + " answers " + question + " a second time");
            }
            byQuestion.put(question, answer.score());
        }
        Map<AttributeKey, String> background = new LinkedHashMap<>();
        if (submission.background() != null) {
            submission.background().forEach((key, value) -> {
                if (!Keys.isValid(key) || value == null) {
                    throw new IllegalArgumentException("background: '" + key + "' is no attribute key, or its value is missing");
                }
                background.put(AttributeKey.of(key), value);
            });
        }
        return new Answers(byQuestion, background);
    }

    private static ResponseEntity<ProblemDetail> unavailable() {
        return problem(HttpStatus.NOT_FOUND, "this questionnaire link cannot be used: it is unknown, used already, or its wave has closed");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
