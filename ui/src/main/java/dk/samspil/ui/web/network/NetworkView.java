package dk.samspil.ui.web.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.BandThresholds;
import dk.samspil.projections.network.SiloLayout;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.chart.Options;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.StudyPages;
import dk.samspil.ui.web.shell.Pickers;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relationskort: groups as nodes gathered by the organisation's silos (søjler), each group's rating
 * of another as an arrow, coloured by the cell's band and drawn thicker the more the relationship map
 * says the relation matters; important-but-weak relations are dashed, marked "!" and listed, the most
 * important and weakest first. The map draws all relations, the important, the weak or the important
 * but weak, of every group or one (its ego view). A click on an arrow shows that relation's development.
 */
@Route(value = "network", layout = MainLayout.class)
@Menu(title = "network.menu", order = 3)
@StyleSheet("styles/network.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class NetworkView extends PageView<NetworkRequest, NetworkPage> {

    /** The weak-but-important list shows this many until asked for all. */
    static final int LISTED = 10;

    private final NetworkQuery query;
    private String selected;
    private boolean listAll;
    private final Div history = new Div();

    public NetworkView(StudyPages pages, NetworkQuery query) {
        super(NetworkRequest::of, pages.loader(Operation.VIEW_NETWORK, query::page), "network.heading", "network.empty");
        this.query = query;
        addClassName("network-view");
        history.setId("network-history");
        history.addClassName("network-history");
    }

    @Override
    protected Optional<NetworkPage> load(NetworkRequest request) {
        // another page has other relations: none stays selected
        selected = null;
        listAll = false;
        return super.load(request);
    }

    @Override
    protected void draw(NetworkPage shown) {
        Paragraph study = new Paragraph(shown.study().title());
        study.addClassName("network-study");
        add(study, new Paragraph(getTranslation("network.reading")));
        if (shown.figure().isEmpty()) {
            add(new Paragraph(getTranslation("network.noFigure")));
            return;
        }
        NetworkPage.Figure figure = shown.figure().get();
        NetworkTexts texts = new NetworkTexts(this::getTranslation, getLocale(), shown);
        add(pickers(shown, figure));
        if (figure.edges().isEmpty()) {
            add(new Paragraph(getTranslation("network.noAnswers")));
            return;
        }
        Chart chart = new Chart(getTranslation("network.chart.aria", figure.wave().label(), figure.instrument().ref().toString()), "34rem");
        chart.setId("network-chart");
        String none = getTranslation("network.silo.none");
        List<SiloLayout.Place> nodes = shown.ego() == null ? SiloLayout.layout(shown.study(), none) : SiloLayout.around(shown.study(), none, shown.ego());
        chart.option(NetworkMap.option(nodes, shown.drawn(), texts));
        chart.onClick(id -> figure.edge(id).ifPresent(edge -> select(shown, edge, texts)));
        Div figureRow = new Div(chart, weakList(figure, texts));
        figureRow.addClassName("network-figure");
        Paragraph legend = new Paragraph(getTranslation("network.legend"));
        legend.addClassName("network-legend");
        Paragraph asOf = new Paragraph(getTranslation("network.asOf", Long.toString(shown.position()), figure.wave().label(),
                figure.instrument().ref().toString(), Integer.toString(shown.k())));
        asOf.addClassName("network-as-of");
        add(figureRow, legend, asOf);
        history.removeAll();
        history.add(new Paragraph(getTranslation("network.history.hint")));
        add(history);
        Section numbers = new Section(new H3(getTranslation("network.numbers")), edgeGrid(shown, figure, texts));
        numbers.addClassName("network-numbers");
        add(numbers);
        if (selected != null) {
            figure.edge(selected).ifPresent(edge -> select(shown, edge, texts));
        }
    }

    private HorizontalLayout pickers(NetworkPage shown, NetworkPage.Figure figure) {
        NetworkRequest request = shown.shown();
        String everyGroup = getTranslation("network.group.all");
        HorizontalLayout pickers = Pickers.row("network-pickers",
                Pickers.select("network-wave", getTranslation("network.wave"), shown.study().waves(),
                        w -> getTranslation("network.wave.item", w.label(), w.opensOn().toString(), Long.toString(w.questionnaires())),
                        figure.wave(), wave -> show(request.withWave(wave.key()))),
                Pickers.select("network-instrument", getTranslation("network.instrument"), shown.instruments(),
                        i -> Pickers.instrument(i, getLocale()), figure.instrument(),
                        instrument -> show(request.withInstrument(instrument.ref().toString()))),
                Pickers.select("network-show", getTranslation("network.show"), List.of(NetworkFilter.values()),
                        f -> getTranslation("network.show." + f.key()), shown.show(), f -> show(request.withShow(f))),
                Pickers.emptyAs(everyGroup, Pickers.select("network-group", getTranslation("network.group"),
                        shown.study().groups().stream().map(StudySummary.Named::key).toList(),
                        g -> g == null ? everyGroup : shown.groupName(g), shown.ego(), g -> show(request.withGroup(g)))));
        pickers.setWrap(true);
        return pickers;
    }

    private Aside weakList(NetworkPage.Figure figure, NetworkTexts texts) {
        Aside aside = new Aside(new H3(getTranslation("network.weakImportant.heading")));
        aside.setId("network-weak");
        aside.addClassName("network-weak");
        // the most important first, then the weakest: what a programme manager takes up first
        List<NetworkPage.Edge> weak = figure.weakImportant().stream()
                .sorted(Comparator.comparing((NetworkPage.Edge e) -> !"high".equals(e.importance())).thenComparing(e -> e.cell().mean()))
                .toList();
        if (weak.isEmpty()) {
            aside.add(new Paragraph(getTranslation("network.weakImportant.none")));
            return aside;
        }
        UnorderedList list = new UnorderedList();
        list.setId("network-weak-list");
        for (NetworkPage.Edge edge : listAll ? weak : weak.subList(0, Math.min(LISTED, weak.size()))) {
            ListItem item = new ListItem(getTranslation("network.weakImportant.item", texts.relation(edge), texts.mean(edge.cell()),
                    texts.band(edge.cell()), texts.n(edge.cell()), texts.importance(edge)));
            item.addClassName("network-weak-item");
            list.add(item);
        }
        if (weak.size() > LISTED) {
            Button all = new Button(getTranslation(listAll ? "network.weakImportant.fewer" : "network.weakImportant.all",
                    Integer.toString(LISTED), Integer.toString(weak.size())), click -> {
                listAll = !listAll;
                aside.getParent().ifPresent(row -> {
                    Div figureRow = (Div) row;
                    figureRow.replace(aside, weakList(figure, texts));
                });
            });
            all.setId("network-weak-all");
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            aside.add(new Paragraph(getTranslation("network.weakImportant.reading")), list, all);
            return aside;
        }
        aside.add(new Paragraph(getTranslation("network.weakImportant.reading")), list);
        return aside;
    }

    private Grid<NetworkPage.Edge> edgeGrid(NetworkPage shown, NetworkPage.Figure figure, NetworkTexts texts) {
        Grid<NetworkPage.Edge> grid = new Grid<>();
        grid.setId("network-edges");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(texts::rater).setKey("rater").setHeader(getTranslation("network.column.rater")).setSortable(true);
        grid.addColumn(texts::target).setKey("target").setHeader(getTranslation("network.column.target")).setSortable(true);
        grid.addColumn(texts::importance).setKey("importance").setHeader(getTranslation("network.column.importance")).setSortable(true);
        grid.addColumn(e -> texts.mean(e.cell())).setKey("mean").setHeader(getTranslation("network.column.mean"))
                .setComparator(Comparator.comparing((NetworkPage.Edge e) -> e.cell().mean(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> texts.n(e.cell())).setKey("n").setHeader(getTranslation("network.column.n"))
                // suppressed cells sort together: their order must not hint at the hidden n
                .setComparator(Comparator.comparingInt((NetworkPage.Edge e) -> e.cell().suppressed() ? 0 : e.cell().n()))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> texts.band(e.cell())).setKey("band").setHeader(getTranslation("network.column.band"))
                .setPartNameGenerator(e -> e.cell().suppressed() ? "band-suppressed" : "band-" + e.cell().band().key());
        grid.addColumn(texts::finding).setKey("finding").setHeader(getTranslation("network.column.finding"));
        grid.setItems(figure.edges());
        grid.addItemClickListener(click -> select(shown, click.getItem(), texts));
        grid.setHeight("30rem");
        return grid;
    }

    /** Shows one relation's cell at every wave of the study, as a line and as a table. */
    private void select(NetworkPage shown, NetworkPage.Edge edge, NetworkTexts texts) {
        selected = edge.id();
        List<NetworkPage.HistoryPoint> points = query.history(shown, edge);
        history.removeAll();
        H3 heading = new H3(getTranslation("network.history.heading", texts.relation(edge)));
        heading.setId("network-history-heading");
        Chart chart = new Chart(getTranslation("network.history.aria", texts.relation(edge)), "16rem");
        chart.setId("network-history-chart");
        chart.option(historyOption(shown, edge, points));
        Grid<NetworkPage.HistoryPoint> grid = new Grid<>();
        grid.setId("network-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(p -> p.wave().label()).setHeader(getTranslation("network.column.wave"));
        grid.addColumn(p -> p.cell().map(texts::mean).orElse(getTranslation("network.history.noAnswers")))
                .setHeader(getTranslation("network.column.mean")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.cell().map(texts::n).orElse("0")).setHeader(getTranslation("network.column.n"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.cell().map(texts::band).orElse("–")).setHeader(getTranslation("network.column.band"));
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        Div body = new Div(chart, grid);
        body.addClassName("network-history-body");
        history.add(heading, body);
    }

    private Map<String, Object> historyOption(NetworkPage shown, NetworkPage.Edge edge, List<NetworkPage.HistoryPoint> points) {
        BandThresholds between = shown.figure().orElseThrow().instrument().bands().between();
        List<Object> data = points.stream().map(p -> (Object) p.cell().filter(c -> !c.suppressed())
                .map(c -> Options.map("value", c.mean(), "itemStyle", Options.map("color", Options.bandColour(c.band().key()))))
                .orElse(Options.map("value", "-"))).toList();
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "axis"),
                "grid", Options.map("left", 48, "right", 24, "top", 24, "bottom", 48),
                "xAxis", Options.map("type", "category", "data", points.stream().map(p -> p.wave().label()).toList(),
                        "axisLabel", Options.everyLabel(88)),
                "yAxis", Options.map("type", "value", "min", 1, "max", 5),
                "series", List.of(Options.map(
                        "type", "line",
                        "name", getTranslation("network.column.mean"),
                        "connectNulls", false,
                        "symbolSize", 10,
                        "data", data,
                        "markLine", Options.map("symbol", "none", "silent", true,
                                "lineStyle", Options.map("type", "dotted", "color", "#666666"),
                                "data", List.of(
                                        Options.map("yAxis", between.highAbove(), "name", getTranslation("network.history.highAbove")),
                                        Options.map("yAxis", between.middleFrom(), "name", getTranslation("network.history.middleFrom")))))));
    }
}
