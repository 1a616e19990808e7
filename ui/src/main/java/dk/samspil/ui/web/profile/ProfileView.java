package dk.samspil.ui.web.profile;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Dimension;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.chart.Options;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.StudyPages;
import dk.samspil.ui.web.shell.Pickers;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The dimension profile: the mean of each item of an instrument, one bar per wave so the
 * development shows, for every respondent or for one relation (rating group and rated group).
 */
@Route(value = "profile", layout = MainLayout.class)
@Menu(title = "profile.menu", order = 4)
@StyleSheet("styles/profile.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class ProfileView extends PageView<ProfileRequest, ProfilePage> {

    /** The picker value for every group. */
    static final String ALL = "";

    public ProfileView(StudyPages pages, ProfileQuery query) {
        super(ProfileRequest::of, pages.loader(Operation.VIEW_PROFILE, query::page), "profile.heading", "profile.empty");
        addClassName("profile-view");
    }

    @Override
    protected Optional<ProfilePage> load(ProfileRequest request) {
        // a study without instruments has no profile to draw
        return super.load(request).filter(page -> page.instrument().isPresent());
    }

    @Override
    protected void draw(ProfilePage shown) {
        Instrument instrument = shown.instrument().orElseThrow();
        Paragraph study = new Paragraph(shown.study().title());
        study.addClassName("profile-study");
        add(study, pickers(shown, instrument));
        Paragraph subject = new Paragraph(subject(shown));
        subject.setId("profile-subject");
        subject.addClassName("profile-subject");
        add(subject);
        if (shown.waves().isEmpty()) {
            add(new Paragraph(getTranslation("profile.noAnswers")));
            return;
        }
        add(figure(shown, instrument, shown.waves(), subject(shown), ""));
        shown.by().ifPresent(attribute -> {
            // each value's respondents below everyone's, at the same waves
            for (ProfilePage.SubgroupProfile subgroup : shown.subgroups()) {
                H3 heading = new H3(getTranslation("profile.by.group", attribute.label().in(getLocale()), subgroup.value().label().in(getLocale())));
                heading.addClassName("profile-subgroup");
                add(heading, figure(shown, instrument, subgroup.waves(), subject(shown) + " · " + heading.getText(), "-" + subgroup.value().key()));
            }
        });
        Paragraph asOf = new Paragraph(getTranslation("profile.asOf", Long.toString(shown.position()), instrument.ref().toString(),
                Integer.toString(shown.k())));
        asOf.addClassName("profile-as-of");
        add(asOf);
    }

    /** A chart and its numbers of one set of respondents; {@code suffix} tells the ids of a subgroup's apart. */
    private Div figure(ProfilePage shown, Instrument instrument, List<ProfilePage.WaveProfile> waves, String subject, String suffix) {
        Chart chart = new Chart(getTranslation("profile.chart.aria", instrument.title().in(getLocale()), subject), "26rem");
        chart.setId("profile-chart" + suffix);
        chart.option(option(waves, instrument));
        Section numbers = new Section(new H3(getTranslation("profile.numbers")), grid(shown, waves, instrument, suffix));
        numbers.addClassName("profile-numbers");
        Div figure = new Div(chart, numbers);
        figure.addClassName("profile-figure");
        return figure;
    }

    private String subject(ProfilePage shown) {
        String rater = shown.rater() == null ? getTranslation("profile.allGroups") : shown.groupName(shown.rater());
        if (shown.instrument().filter(Instrument::relational).isEmpty()) {
            return getTranslation("profile.subject.own", rater);
        }
        String target = shown.target() == null ? getTranslation("profile.allGroups") : shown.groupName(shown.target());
        return getTranslation("profile.subject.relation", rater, target);
    }

    private HorizontalLayout pickers(ProfilePage shown, Instrument instrument) {
        HorizontalLayout pickers = Pickers.row("profile-pickers", Pickers.select("profile-instrument", getTranslation("profile.instrument"),
                shown.instruments(), i -> Pickers.instrument(i, getLocale()), instrument,
                chosen -> show(shown.shown().withInstrument(chosen.ref().toString()))));
        if (instrument.respondentKind() != Instrument.RespondentKind.CITIZEN) {
            pickers.add(groupPicker("profile-rater", getTranslation("profile.rater"), shown, shown.rater(),
                    group -> show(shown.shown().withRater(group))));
        }
        if (instrument.relational()) {
            pickers.add(groupPicker("profile-target", getTranslation("profile.target"), shown, shown.target(),
                    group -> show(shown.shown().withTarget(group))));
        }
        if (!shown.attributes().isEmpty() && instrument.respondentKind() != Instrument.RespondentKind.CITIZEN) {
            String whole = getTranslation("profile.by.none");
            pickers.add(Pickers.emptyAs(whole, Pickers.select("profile-by", getTranslation("profile.by"), shown.attributes(),
                    a -> a == null ? whole : a.label().in(getLocale()), shown.by().orElse(null),
                    a -> show(shown.shown().withBy(a == null ? null : a.key().value())))));
        }
        return pickers;
    }

    private Select<String> groupPicker(String id, String label, ProfilePage shown, String value, Consumer<String> chosen) {
        List<String> keys = new ArrayList<>();
        keys.add(ALL);
        shown.study().groups().stream().map(StudySummary.Named::key).forEach(keys::add);
        return Pickers.select(id, label, keys, key -> key.equals(ALL) ? getTranslation("profile.allGroups") : shown.groupName(key),
                value == null ? ALL : value, key -> chosen.accept(key.equals(ALL) ? null : key));
    }

    private Map<String, Object> option(List<ProfilePage.WaveProfile> waves, Instrument instrument) {
        List<String> items = instrument.items().stream().map(i -> i.label().in(getLocale())).toList();
        List<Object> series = new ArrayList<>();
        for (ProfilePage.WaveProfile wave : waves) {
            List<Object> data = wave.profile().items().stream().map(item -> (Object) (item.suppressed() || item.mean() == null
                    ? Options.map("value", "-", "label", item.n() > 0
                            ? Options.map("show", true, "formatter", getTranslation("profile.suppressed.short")) : null)
                    : Options.map("value", item.mean()))).toList();
            // the legend and the patterns name the waves; a label on every bar overlapped its neighbours
            series.add(Options.map(
                    "type", "bar",
                    "name", wave.wave().label(),
                    "data", data,
                    "label", Options.map("position", "top", "fontSize", 10)));
        }
        return Options.map(
                // patterns besides colours tell the waves apart without colour
                "aria", Options.map("enabled", true, "decal", Options.map("show", true)),
                "tooltip", Options.map("trigger", "axis"),
                "legend", Options.map("top", 0),
                // room for a legend of two lines, and item texts wrapped under their bars rather than cut at the edge
                "grid", Options.map("left", 48, "right", 16, "top", 72, "bottom", 16, "containLabel", true),
                "xAxis", Options.map("type", "category", "data", items,
                        "axisLabel", Options.map("interval", 0, "width", 96, "overflow", "break", "fontSize", 11)),
                "yAxis", Options.map("type", "value", "min", instrument.scale().min(), "max", instrument.scale().max(),
                        "name", getTranslation("profile.column.mean")),
                "series", series);
    }

    private Grid<Item> grid(ProfilePage shown, List<ProfilePage.WaveProfile> waves, Instrument instrument, String suffix) {
        Grid<Item> grid = new Grid<>();
        grid.setId("profile-grid" + suffix);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(item -> item.label().in(getLocale())).setKey("item").setHeader(getTranslation("profile.column.item"))
                .setAutoWidth(true);
        grid.addColumn(item -> dimension(instrument, item.dimension())).setKey("dimension")
                .setHeader(getTranslation("profile.column.dimension")).setAutoWidth(true);
        for (ProfilePage.WaveProfile wave : waves) {
            grid.addColumn(item -> mean(figure(wave, item))).setKey("mean-" + wave.wave().key())
                    .setHeader(getTranslation("profile.column.waveMean", wave.wave().label())).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(item -> n(figure(wave, item), shown.k())).setKey("n-" + wave.wave().key())
                    .setHeader(getTranslation("profile.column.waveN", wave.wave().label())).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(instrument.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static DimensionProfile.ItemMean figure(ProfilePage.WaveProfile wave, Item item) {
        return wave.profile().items().stream().filter(i -> i.item().equals(item.key().value())).findFirst().orElseThrow();
    }

    private String dimension(Instrument instrument, String key) {
        if (key == null) {
            return "–";
        }
        return instrument.dimensions().stream().filter(d -> d.key().equals(key)).map(Dimension::label).findFirst()
                .map(label -> label.in(getLocale())).orElse(key);
    }

    private String mean(DimensionProfile.ItemMean item) {
        if (item.n() == 0) {
            return getTranslation("profile.noAnswers.short");
        }
        return item.suppressed() || item.mean() == null ? getTranslation("profile.suppressed")
                : String.format(getLocale(), "%.2f", item.mean());
    }

    private String n(DimensionProfile.ItemMean item, int k) {
        return item.suppressed() && item.n() > 0 ? getTranslation("profile.suppressed.n", k) : Integer.toString(item.n());
    }
}
