package dk.samspil.ui.web.questionnaire;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;

/**
 * A native radio button. Plain HTML rather than a Vaadin web component: phones render it well, it
 * is accessible as it is, and the committed frontend bundle needs nothing new for it.
 */
@Tag("input")
public class ScoreOption extends Component {

    private final Choice choice;

    public ScoreOption(String name, Choice choice) {
        this.choice = choice;
        getElement().setAttribute("type", "radio");
        getElement().setAttribute("name", name);
        getElement().setAttribute("value", choice.code());
    }

    public Choice choice() {
        return choice;
    }

    public boolean isChecked() {
        return getElement().getProperty("checked", false);
    }

    public void setChecked(boolean checked) {
        getElement().setProperty("checked", checked);
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The browser checked this button (a radio button fires "change" only when it becomes checked). */
    @DomEvent("change")
    public static class ChangeEvent extends ComponentEvent<ScoreOption> {
        public ChangeEvent(ScoreOption source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
