package dk.samspil.ui.web.questionnaire;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import dk.samspil.domain.instrument.Scale;
import dk.samspil.ui.app.questionnaire.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** One item as a group of radio buttons: each score of the scale, then "don't know". */
public class ItemQuestion extends FieldSet {

    private final Question question;
    private final List<ScoreOption> options = new ArrayList<>();

    /**
     * @param name     the radio group's name, unique on the page
     * @param selected what was answered before, if anything
     * @param onChoice told each choice the respondent makes
     */
    public ItemQuestion(Question question, String label, Scale scale, String dontKnow, String name, Optional<Choice> selected,
                 Consumer<Choice> onChoice) {
        super(label);
        this.question = question;
        addClassName("questionnaire-item");
        Div choices = new Div();
        choices.addClassName("questionnaire-choices");
        List<Choice> all = new ArrayList<>(IntStream.rangeClosed(scale.min(), scale.max()).mapToObj(Choice::new).toList());
        all.add(Choice.DONT_KNOW);
        for (Choice choice : all) {
            ScoreOption option = new ScoreOption(name, choice);
            option.setChecked(selected.filter(choice::equals).isPresent());
            option.addChangeListener(change -> {
                // keep the server's idea of which button is checked the same as the browser's
                options.forEach(o -> o.setChecked(o == option));
                onChoice.accept(choice);
            });
            options.add(option);
            NativeLabel box = new NativeLabel();
            box.addClassName("questionnaire-choice");
            if (choice.score() == null) {
                box.addClassName("dont-know");
            }
            box.add(option, new Span(choice.score() == null ? dontKnow : choice.score().toString()));
            choices.add(box);
        }
        add(choices);
    }

    public Question question() {
        return question;
    }

    public List<ScoreOption> options() {
        return List.copyOf(options);
    }

    /** The checked choice, if any. */
    public Optional<Choice> selected() {
        return options.stream().filter(ScoreOption::isChecked).map(ScoreOption::choice).findFirst();
    }
}
