package dk.samspil.ui.web.interventions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.orgchange.ChangeKind;
import dk.samspil.projections.studies.StudySummary;

import java.util.List;

/** The names users see for types, kinds, units and groups, and the pickers that show them. */
final class Labels {

    private final Component translator;

    Labels(Component translator) {
        this.translator = translator;
    }

    String type(InterventionType type) {
        return type(type.key());
    }

    /** A type key as the timeline stores it, e.g. handleteam. */
    String type(String key) {
        return known("interventions.type." + key, key);
    }

    String change(ChangeKind kind) {
        return change(kind.key());
    }

    String change(String key) {
        return known("interventions.change." + key, key);
    }

    String status(String status) {
        return known("interventions.status." + status, status);
    }

    static String unit(StudySummary study, String key) {
        return name(study.units(), key);
    }

    static String group(StudySummary study, String key) {
        return name(study.groups(), key);
    }

    MultiSelectComboBox<String> units(String id, StudySummary study) {
        MultiSelectComboBox<String> units = new MultiSelectComboBox<>(translator.getTranslation("interventions.field.units"));
        units.setId(id);
        units.setItems(study.units().stream().map(StudySummary.Named::key).toList());
        units.setItemLabelGenerator(u -> unit(study, u));
        return units;
    }

    MultiSelectComboBox<String> groups(String id, StudySummary study) {
        MultiSelectComboBox<String> groups = new MultiSelectComboBox<>(translator.getTranslation("interventions.field.groups"));
        groups.setId(id);
        groups.setItems(study.groups().stream().map(StudySummary.Named::key).toList());
        groups.setItemLabelGenerator(g -> group(study, g));
        return groups;
    }

    ComboBox<String> unit(String id, String labelKey, StudySummary study) {
        ComboBox<String> unit = new ComboBox<>(translator.getTranslation(labelKey));
        unit.setId(id);
        unit.setItems(study.units().stream().map(StudySummary.Named::key).toList());
        unit.setItemLabelGenerator(u -> unit(study, u));
        return unit;
    }

    private String known(String key, String fallback) {
        String text = translator.getTranslation(key);
        return text.equals("!" + key) ? fallback : text;
    }

    private static String name(List<StudySummary.Named> named, String key) {
        return named.stream().filter(n -> n.key().equals(key)).map(n -> n.name() + " (" + key + ")").findFirst().orElse(key);
    }
}
