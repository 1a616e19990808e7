package dk.samspil.ui.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dk.samspil.domain.instrument.Instrument;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Consumer;

/** The choices above a page: selects that tell the view what the user picked, in a row aligned on their text. */
public final class Pickers {

    private Pickers() {
    }

    /** A select showing {@code value}; only a pick, not this setting, reaches {@code chosen}. */
    public static <T> Select<T> select(String id, String label, Collection<T> items, ItemLabelGenerator<T> names, T value,
                                       Consumer<T> chosen) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(names);
        select.setValue(value);
        select.addValueChangeListener(change -> chosen.accept(change.getValue()));
        return select;
    }

    /** Lets the select be emptied, with a caption for the empty choice (such as "all units"). */
    public static <T> Select<T> emptyAs(String caption, Select<T> select) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(caption);
        return select;
    }

    /** An instrument as every picker names it: its title in the page's language and its reference. */
    public static String instrument(Instrument instrument, Locale locale) {
        return instrument.title().in(locale) + " (" + instrument.ref() + ")";
    }

    public static HorizontalLayout row(String className, Component... pickers) {
        HorizontalLayout row = new HorizontalLayout(pickers);
        row.addClassName(className);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
