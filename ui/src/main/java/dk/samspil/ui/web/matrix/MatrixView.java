package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.PageView;
import jakarta.annotation.security.RolesAllowed;

/**
 * The study page: pick a study, wave and relational instrument and see the relation matrix as a
 * heat map, with its legend and the exact numbers beside it.
 */
@Route(value = "matrix", layout = MainLayout.class)
@Menu(title = "matrix.menu", order = 2)
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class MatrixView extends PageView<MatrixRequest, MatrixPage> implements HasDynamicTitle {

    public MatrixView(MatrixQuery query) {
        super(MatrixRequest::of, query::load, null, "study.empty");
        addClassName("study-view");
    }

    @Override
    public String getPageTitle() {
        return page().map(p -> p.study().title() + " · Samspil").orElse("Samspil");
    }

    @Override
    protected void draw(MatrixPage shown) {
        add(heading(shown.study()), pickers(shown));
        shown.figure().ifPresentOrElse(figure -> add(matrix(shown, figure)),
                () -> add(new Paragraph(getTranslation("study.noFigure"))));
        shown.relation().ifPresent(relation -> shown.figure().ifPresent(figure -> add(new RelationDetail(relation, figure.instrument(),
                new MatrixTexts(this::getTranslation, getLocale(), shown, figure.matrix().k()), getLocale(),
                () -> show(shown.shown().withRelation(null, null))))));
    }

    private Div heading(StudySummary study) {
        Div heading = new Div(new H2(study.title()));
        heading.addClassName("study-heading");
        if (study.organisationName() != null) {
            heading.add(new Paragraph(study.organisationName()));
        }
        if (study.sharedTask() != null) {
            Paragraph task = new Paragraph(getTranslation("study.sharedTask") + ": " + study.sharedTask());
            task.addClassName("study-shared-task");
            heading.add(task);
        }
        return heading;
    }

    private HorizontalLayout pickers(MatrixPage shown) {
        HorizontalLayout pickers = new HorizontalLayout();
        pickers.addClassName("study-pickers");
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (shown.studies().size() > 1) {
            Select<StudySummary.Named> studies = new Select<>();
            studies.setId("study-picker");
            studies.setLabel(getTranslation("study.picker"));
            studies.setItems(shown.studies());
            studies.setItemLabelGenerator(StudySummary.Named::name);
            shown.studies().stream().filter(s -> s.key().equals(shown.study().study().value())).findFirst()
                    .ifPresent(studies::setValue);
            studies.addValueChangeListener(change -> show(shown.shown().withStudy(change.getValue().key())));
            pickers.add(studies);
        }
        shown.figure().ifPresent(figure -> {
            Select<StudySummary.Wave> waves = new Select<>();
            waves.setId("wave-picker");
            waves.setLabel(getTranslation("study.wave"));
            waves.setItems(shown.study().waves());
            waves.setItemLabelGenerator(w -> getTranslation("study.wave.item", w.label(), w.opensOn().toString(),
                    w.closesOn().toString(), Long.toString(w.questionnaires())));
            waves.setValue(figure.wave());
            waves.addValueChangeListener(change -> show(shown.shown().withWave(change.getValue().key())));

            Select<Instrument> instruments = new Select<>();
            instruments.setId("instrument-picker");
            instruments.setLabel(getTranslation("study.instrument"));
            instruments.setItems(shown.instruments());
            instruments.setItemLabelGenerator(i -> i.title().in(getLocale()) + " (" + i.ref() + ")");
            instruments.setValue(figure.instrument());
            instruments.addValueChangeListener(change -> show(shown.shown().withInstrument(change.getValue().ref().toString())));

            Select<String> units = new Select<>();
            units.setId("unit-picker");
            units.setLabel(getTranslation("matrix.unit"));
            units.setItems(shown.study().units().stream().map(StudySummary.Named::key).toList());
            units.setEmptySelectionAllowed(true);
            units.setEmptySelectionCaption(getTranslation("matrix.unit.all"));
            units.setItemLabelGenerator(key -> key == null ? getTranslation("matrix.unit.all") : unitName(shown, key));
            units.setValue(shown.unit());
            units.addValueChangeListener(change -> show(shown.shown().withUnit(change.getValue())));

            Select<StudySummary.Wave> compare = new Select<>();
            compare.setId("compare-picker");
            compare.setLabel(getTranslation("matrix.compare"));
            compare.setItems(shown.study().waves().stream().filter(w -> !w.key().equals(figure.wave().key())).toList());
            compare.setEmptySelectionAllowed(true);
            compare.setEmptySelectionCaption(getTranslation("matrix.compare.none"));
            compare.setItemLabelGenerator(w -> w == null ? getTranslation("matrix.compare.none") : w.label());
            shown.compared().ifPresent(c -> compare.setValue(c.wave()));
            compare.addValueChangeListener(change -> show(shown.shown().withCompare(change.getValue() == null ? null : change.getValue().key())));
            pickers.add(waves, instruments, units, compare);
        });
        return pickers;
    }

    private Section matrix(MatrixPage shown, MatrixPage.Figure figure) {
        RelationMatrix matrix = figure.matrix();
        MatrixTexts texts = new MatrixTexts(this::getTranslation, getLocale(), shown, matrix.k());
        Section section = new Section(new H3(getTranslation("matrix.heading")),
                new Paragraph(getTranslation("matrix.reading")));
        section.addClassName("matrix-section");
        if (matrix.cells().isEmpty()) {
            section.add(new Paragraph(getTranslation("matrix.empty")));
        } else if (shown.compared().isPresent()) {
            MatrixPage.Figure other = shown.compared().get();
            Div side = new Div(waveHeatmap(shown, figure, texts), waveHeatmap(shown, other, new MatrixTexts(this::getTranslation,
                    getLocale(), shown, other.matrix().k())));
            side.addClassName("matrix-compare");
            section.add(side);
        } else {
            section.add(heatmap(shown, figure, texts));
        }
        Paragraph asOf = new Paragraph(getTranslation("matrix.asOf", Long.toString(matrix.asOfPosition()),
                figure.wave().label(), figure.instrument().ref().toString(), Integer.toString(matrix.k())));
        asOf.addClassName("matrix-as-of");
        section.add(asOf, new BandLegend(figure.instrument().bands(), matrix.k(), texts));
        if (!matrix.cells().isEmpty()) {
            MatrixGrid grid = new MatrixGrid(matrix.cells(), texts);
            grid.setId("matrix-grid");
            // the keyboard way to a relation's detail: select its row
            grid.asSingleSelect().addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    show(shown.shown().withRelation(change.getValue().raterGroup().value(), change.getValue().targetGroup().value()));
                }
            });
            section.add(new H3(getTranslation("matrix.numbers")), grid);
        }
        return section;
    }

    private MatrixHeatmap heatmap(MatrixPage shown, MatrixPage.Figure figure, MatrixTexts texts) {
        MatrixHeatmap heatmap = new MatrixHeatmap(HeatmapData.of(figure.matrix(), shown.study().groups(), texts),
                getTranslation("matrix.heading") + ": " + figure.wave().label() + ", " + figure.instrument().ref());
        heatmap.onCellClick((rater, target) -> show(shown.shown().withRelation(shown.study().groups().get(rater).key(),
                shown.study().groups().get(target).key())));
        return heatmap;
    }

    private Div waveHeatmap(MatrixPage shown, MatrixPage.Figure figure, MatrixTexts texts) {
        Div wave = new Div(new H4(getTranslation("matrix.compare.wave", figure.wave().label())), heatmap(shown, figure, texts));
        wave.addClassName("matrix-compare-wave");
        return wave;
    }

    private static String unitName(MatrixPage shown, String key) {
        return Choices.name(shown.study().units(), key);
    }
}
