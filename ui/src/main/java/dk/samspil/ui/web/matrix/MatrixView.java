package dk.samspil.ui.web.matrix;


import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.StudyPages;
import dk.samspil.ui.web.shell.Pickers;
import jakarta.annotation.security.RolesAllowed;

/**
 * The study page: pick a study, wave and relational instrument and see the relation matrix as a
 * heat map, with its legend and the exact numbers beside it.
 */
@Route(value = "matrix", layout = MainLayout.class)
@Menu(title = "matrix.menu", order = 2)
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class MatrixView extends PageView<MatrixRequest, MatrixPage> implements HasDynamicTitle {

    public MatrixView(StudyPages pages, MatrixQuery query) {
        super(MatrixRequest::of, pages.loader(Operation.VIEW_MATRIX, query::page), null, "study.empty");
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
        HorizontalLayout pickers = Pickers.row("study-pickers");
        if (shown.studies().size() > 1) {
            StudySummary.Named current = shown.studies().stream().filter(s -> s.key().equals(shown.study().study().value()))
                    .findFirst().orElse(null);
            pickers.add(Pickers.select("study-picker", getTranslation("study.picker"), shown.studies(), StudySummary.Named::name,
                    current, study -> show(shown.shown().withStudy(study.key()))));
        }
        shown.figure().ifPresent(figure -> {
            Select<StudySummary.Wave> waves = Pickers.select("wave-picker", getTranslation("study.wave"), shown.study().waves(),
                    w -> getTranslation("study.wave.item", w.label(), w.opensOn().toString(), w.closesOn().toString(),
                            Long.toString(w.questionnaires())),
                    figure.wave(), wave -> show(shown.shown().withWave(wave.key())));
            Select<Instrument> instruments = Pickers.select("instrument-picker", getTranslation("study.instrument"),
                    shown.instruments(), i -> Pickers.instrument(i, getLocale()), figure.instrument(),
                    instrument -> show(shown.shown().withInstrument(instrument.ref().toString())));
            String allUnits = getTranslation("matrix.unit.all");
            Select<String> units = Pickers.emptyAs(allUnits, Pickers.select("unit-picker", getTranslation("matrix.unit"),
                    shown.study().units().stream().map(StudySummary.Named::key).toList(),
                    key -> key == null ? allUnits : unitName(shown, key), shown.unit(), unit -> show(shown.shown().withUnit(unit))));
            String none = getTranslation("matrix.compare.none");
            Select<StudySummary.Wave> compare = Pickers.emptyAs(none, Pickers.select("compare-picker", getTranslation("matrix.compare"),
                    shown.study().waves().stream().filter(w -> !w.key().equals(figure.wave().key())).toList(),
                    w -> w == null ? none : w.label(), shown.compared().map(MatrixPage.Figure::wave).orElse(null),
                    wave -> show(shown.shown().withCompare(wave == null ? null : wave.key()))));
            pickers.add(waves, instruments, units, compare);
            if (!shown.attributes().isEmpty()) {
                String whole = getTranslation("matrix.by.none");
                AttributeSpec chosen = shown.breakdown().flatMap(b -> shown.attributes().stream().filter(a -> a.key().value().equals(b.by()))
                        .findFirst()).orElse(null);
                pickers.add(Pickers.emptyAs(whole, Pickers.select("by-picker", getTranslation("matrix.by"), shown.attributes(),
                        a -> a == null ? whole : a.label().in(getLocale()), chosen,
                        a -> show(shown.shown().withBy(a == null ? null : a.key().value())))));
            }
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
        } else if (shown.breakdown().isPresent()) {
            section.add(breakdown(shown, shown.breakdown().get(), figure, texts));
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

    /** Everyone's heat map, then one per value of the attribute, each of that value's raters only. */
    private Div breakdown(MatrixPage shown, Breakdown<RelationMatrix> breakdown, MatrixPage.Figure figure, MatrixTexts texts) {
        AttributeSpec attribute = shown.attributes().stream().filter(a -> a.key().value().equals(breakdown.by())).findFirst().orElseThrow();
        Div side = new Div(titled(getTranslation("matrix.by.everyone"), heatmap(shown, figure, texts)));
        for (Breakdown.Group<RelationMatrix> group : breakdown.groups()) {
            side.add(titled(getTranslation("matrix.by.group", attribute.label().in(getLocale()),
                    group.label().in(getLocale()), Integer.toString(raters(group.figures()))),
                    heatmap(shown, new MatrixPage.Figure(figure.wave(), figure.instrument(), group.figures()), texts)));
        }
        side.addClassName("matrix-compare");
        side.setId("matrix-breakdown");
        return side;
    }

    /** The most raters any of the subgroup's cells counts: what the heading tells the reader about its size. */
    private static int raters(RelationMatrix matrix) {
        return matrix.cells().stream().mapToInt(dk.samspil.projections.matrix.MatrixCell::n).max().orElse(0);
    }

    private Div titled(String title, MatrixHeatmap heatmap) {
        Div part = new Div(new H4(title), heatmap);
        part.addClassName("matrix-compare-wave");
        return part;
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
