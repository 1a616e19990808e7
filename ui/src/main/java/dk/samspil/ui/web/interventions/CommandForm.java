package dk.samspil.ui.web.interventions;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.Keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form that sends one domain command: the binder checks what the form can check, then the
 * aggregate decides; each of its reasons for refusing is shown on the field it names, the rest
 * above the button. Nothing is cleared until the command was accepted.
 */
abstract class CommandForm<T> extends Div {

    protected final Binder<T> binder;
    protected final FormLayout fields = new FormLayout();
    private final Div error = new Div();
    private final Button submit = new Button();
    private final Map<String, HasValidation> fieldByPhrase = new LinkedHashMap<>();
    private final Runnable saved;

    protected CommandForm(String id, Class<T> type, String submitKey, Runnable saved) {
        this.binder = new Binder<>(type);
        this.saved = saved;
        setId(id);
        addClassName("interventions-form");
        error.setId(id + "-error");
        error.addClassName("interventions-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        submit.setText(getTranslation(submitKey));
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        add(fields, error, submit);
    }

    /** A refusal whose text contains the phrase is shown on the field. */
    protected void refusalOn(String phrase, HasValidation field) {
        fieldByPhrase.put(phrase, field);
    }

    /** Sends the command for the bean; returns the notification text on success. */
    protected abstract String send(T bean);

    /** A fresh bean after a success. */
    protected abstract T blank();

    private void submit() {
        error.setVisible(false);
        error.setText("");
        T bean = blank();
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        String done;
        try {
            done = send(bean);
        } catch (Rejected e) {
            show(e.reasons());
            return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            show(List.of(e.getMessage()));
            return;
        }
        binder.readBean(blank());
        Notification.show(done, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }

    private void show(List<String> reasons) {
        List<String> unplaced = new ArrayList<>();
        for (String reason : reasons) {
            HasValidation field = fieldByPhrase.entrySet().stream().filter(e -> reason.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (field == null) {
                unplaced.add(reason);
            } else {
                field.setErrorMessage(field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() + "; " + reason : reason);
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            error.setText(getTranslation("interventions.refused", String.join("; ", unplaced)));
            error.setVisible(true);
        }
    }

    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    protected static boolean validKey(String key) {
        return Keys.isValid(key);
    }
}
