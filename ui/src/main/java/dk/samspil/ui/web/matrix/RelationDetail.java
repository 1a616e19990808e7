package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.ui.web.chart.Chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.samspil.ui.web.chart.Options.map;

/**
 * One relation of the matrix (a rating group about a rated group), opened by clicking its cell:
 * the instrument's items per wave as bars (its dimension profile and how it developed), and the
 * cell's mean, n and band wave by wave beside it.
 */
class RelationDetail extends Section {

    RelationDetail(MatrixPage.Relation relation, Instrument instrument, MatrixTexts texts, Locale locale, Runnable close) {
        setId("relation-detail");
        addClassName("relation-detail");
        String rater = texts.group(relation.rater().value());
        String target = texts.group(relation.target().value());
        Button closing = new Button(texts.label("matrix.relation.close"), click -> close.run());
        closing.setId("relation-close");
        closing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3(texts.label("matrix.relation.heading", rater, target)), closing,
                new Paragraph(texts.label("matrix.relation.reading", rater, target)));

        Chart profile = new Chart(texts.label("matrix.relation.chart", rater, target), "22rem");
        profile.setId("relation-profile");
        profile.option(option(relation, instrument, texts, locale));
        add(profile);

        Grid<MatrixPage.WaveOfRelation> waves = new Grid<>();
        waves.setId("relation-waves");
        waves.addThemeVariants(GridVariant.LUMO_COMPACT);
        waves.addColumn(w -> w.wave().label()).setKey("wave").setHeader(texts.label("matrix.relation.column.wave"));
        waves.addColumn(w -> w.cell() == null ? "–" : texts.mean(w.cell())).setKey("mean")
                .setHeader(texts.label("matrix.column.mean")).setTextAlign(ColumnTextAlign.END);
        waves.addColumn(w -> w.cell() == null ? "0" : texts.n(w.cell())).setKey("n")
                .setHeader(texts.label("matrix.column.n")).setTextAlign(ColumnTextAlign.END);
        waves.addColumn(w -> w.cell() == null ? "–" : texts.band(w.cell())).setKey("band").setHeader(texts.label("matrix.column.band"));
        waves.setItems(relation.waves());
        waves.setAllRowsVisible(true);
        add(waves);
    }

    /** Items along the axis, one bar series per wave; a suppressed or missing mean is no bar, and the legend says so. */
    private static Map<String, Object> option(MatrixPage.Relation relation, Instrument instrument, MatrixTexts texts, Locale locale) {
        List<String> items = instrument.items().stream().map(item -> label(item, locale)).toList();
        List<Object> series = new ArrayList<>();
        for (MatrixPage.WaveOfRelation wave : relation.waves()) {
            List<Object> values = new ArrayList<>();
            for (DimensionProfile.ItemMean mean : wave.profile().items()) {
                values.add(mean.suppressed() || mean.mean() == null ? null : Math.round(mean.mean() * 100) / 100.0);
            }
            series.add(map("type", "bar", "name", wave.wave().label(), "data", values,
                    "label", map("show", true, "position", "top", "fontSize", 10)));
        }
        return map(
                "animation", false,
                "aria", map("enabled", true, "decal", map("show", true)),
                "tooltip", map("trigger", "axis"),
                "legend", map("top", 0),
                "grid", map("left", 8, "right", 8, "top", 40, "bottom", 8, "containLabel", true),
                "xAxis", map("type", "category", "data", items, "axisLabel", map("interval", 0, "rotate", 20, "fontSize", 11)),
                "yAxis", map("type", "value", "min", instrument.scale().min(), "max", instrument.scale().max(),
                        "name", texts.label("matrix.column.mean")),
                "series", series);
    }

    private static String label(Item item, Locale locale) {
        String text = item.label().in(locale);
        // the labels are sentences; the axis shows the lead word, the tooltip and grid the rest
        int colon = text.indexOf(':');
        return colon > 0 ? text.substring(0, colon) : item.key().value();
    }
}
