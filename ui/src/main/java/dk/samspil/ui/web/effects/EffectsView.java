package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.StudyPages;
import dk.samspil.ui.web.shell.Pickers;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The effects page: an intervention type's effect (difference-in-differences) drawn as an estimate
 * with its 95% interval and as event-time means, beside it the Callaway–Sant'Anna effect of staggered
 * starts, and the elasticity of one instrument on another across units drawn as a scatter with its
 * fitted curve; the numbers beside each.
 */
@Route(value = "effects", layout = MainLayout.class)
@Menu(title = "effects.menu", order = 6)
@StyleSheet("styles/effects.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class EffectsView extends PageView<EffectsRequest, EffectsPage> {

    public EffectsView(StudyPages pages, EffectsQuery query) {
        super(EffectsRequest::of, pages.loader(Operation.VIEW_EFFECTS, query::page), "effects.heading", "effects.empty");
        addClassName("effects-view");
    }

    @Override
    protected void draw(EffectsPage shown) {
        EffectsTexts texts = new EffectsTexts(this::getTranslation, getLocale(), shown);
        Paragraph study = new Paragraph(shown.study().title());
        study.addClassName("effects-study");
        add(study, effectSection(shown, texts));
        shown.effectChoice().ifPresent(choice -> add(staggeredSection(shown, choice, texts)));
        add(elasticitySection(shown, texts));
    }

    private Section effectSection(EffectsPage shown, EffectsTexts texts) {
        Section section = section("effects-effect", "effects.effect.heading", "effects.effect.reading");
        if (shown.effectChoice().isEmpty()) {
            section.add(new Paragraph(getTranslation("effects.effect.noTypes")));
            return section;
        }
        section.add(effectPickers(shown, shown.effectChoice().get(), texts));
        shown.effect().refusal().ifPresent(reason -> section.add(refusal("effects-effect-refusal", reason)));
        EffectFigures figures = new EffectFigures(texts);
        // a subgroup that cannot be fitted; when everyone's effect cannot either, its own refusal says so once
        shown.breakdown().refusal().filter(reason -> shown.effect().result().isPresent())
                .ifPresent(reason -> section.add(refusal("effects-breakdown-refusal", reason)));
        shown.effect().result().ifPresent(effect -> {
            String subject = subject(effect.type(), effect.outcome().toString(), effect.scope(), texts);
            Chart forest = new Chart(getTranslation("effects.forest.aria", subject), "12rem");
            forest.setId("effects-forest");
            forest.option(figures.forestOption(effect, subject));
            Chart eventTime = new Chart(getTranslation("effects.eventTime.aria", subject), "20rem");
            eventTime.setId("effects-event-time");
            eventTime.option(figures.eventTimeOption(effect));
            section.add(figure(forest, Figure.grid("effects-effect-numbers", figures.figures(effect), texts)),
                    new H3(getTranslation("effects.eventTime.heading")), new Paragraph(getTranslation("effects.eventTime.reading")),
                    figure(eventTime, figures.eventTimeGrid(effect)));
            shown.breakdown().result().ifPresent(breakdown -> section.add(new H3(getTranslation("effects.by.heading")),
                    breakdown(shown, breakdown, figures, subject, texts)));
        });
        return section;
    }

    /** Everyone's effect and each value's respondents' in one forest plot, and each value's against the first's. */
    private Div breakdown(EffectsPage shown, Breakdown<InterventionEffect> breakdown, EffectFigures figures, String subject, EffectsTexts texts) {
        AttributeSpec attribute = shown.effectChoice().flatMap(EffectsPage.EffectChoice::by).orElseThrow();
        List<EffectFigures.Row> rows = new ArrayList<>(List.of(EffectFigures.Row.of(getTranslation("effects.by.everyone"), breakdown.total())));
        breakdown.groups().forEach(g -> rows.add(EffectFigures.Row.of(attribute.label().in(getLocale()) + ": " + g.label().in(getLocale()),
                g.figures())));
        Chart forest = new Chart(getTranslation("effects.forest.aria", subject), (6 + 3 * rows.size()) + "rem");
        forest.setId("effects-by-forest");
        forest.option(figures.forestOption(rows, subject));
        Div figure = figure(forest, Figure.grid("effects-by-numbers", figures.differences(breakdown, attribute, getLocale()), texts));
        figure.setId("effects-breakdown");
        return figure;
    }

    /** Callaway–Sant'Anna for everyone, from the regression's panel, beside it; and which to trust when the two differ. */
    private Section staggeredSection(EffectsPage shown, EffectsPage.EffectChoice choice, EffectsTexts texts) {
        Section section = section("effects-staggered", "effects.staggered.heading", "effects.staggered.reading");
        section.add(Pickers.row("effects-pickers", Pickers.select("effects-control", getTranslation("effects.control"),
                Arrays.asList(StaggeredControl.values()), texts::controlName, choice.control(),
                control -> show(shown.shown().withControl(control.key())))));
        shown.staggered().refusal().ifPresent(reason -> section.add(refusal("effects-staggered-refusal", reason)));
        shown.staggered().result().ifPresent(effect -> {
            StaggeredFigures figures = new StaggeredFigures(texts);
            String subject = subject(effect.type(), effect.outcome().toString(), effect.scope(), texts);
            figures.caution(effect).ifPresent(caution -> section.add(note("effects-staggered-caution",
                    getTranslation("effects.staggered.caution", caution))));
            List<EffectFigures.Row> rows = figures.forestRows(shown.effect().result(), effect);
            Grid<Figure> numbers = Figure.grid("effects-staggered-numbers", figures.figures(shown.effect().result(), effect), texts);
            if (rows.isEmpty()) {
                section.add(numbers);
            } else {
                Chart forest = new Chart(getTranslation("effects.forest.aria", subject), (6 + 3 * rows.size()) + "rem");
                forest.setId("effects-staggered-forest");
                forest.option(new EffectFigures(texts).forestOption(rows, subject));
                section.add(figure(forest, numbers));
            }
            if (shown.effect().result().isPresent()) {
                section.add(trust(effect, texts));
            }
            Chart eventStudy = new Chart(getTranslation("effects.eventStudy.aria", subject), "20rem");
            eventStudy.setId("effects-event-study");
            eventStudy.option(figures.eventStudyOption(effect));
            section.add(new H3(getTranslation("effects.eventStudy.heading")), new Paragraph(getTranslation("effects.eventStudy.reading")),
                    figure(eventStudy, figures.eventStudyGrid(effect)),
                    new H3(getTranslation("effects.attGt.heading")), new Paragraph(getTranslation("effects.attGt.reading")),
                    figures.attGtGrid(effect));
            if (effect.bacon() != null) {
                StaggeredEffect.Bacon bacon = effect.bacon();
                Paragraph share = new Paragraph(getTranslation("effects.bacon.reading", texts.number(bacon.twfeEstimate(), 4),
                        texts.optional(bacon.twfeReported(), 4), texts.percent(bacon.alreadyTreatedShare())));
                share.setId("effects-bacon-share");
                section.add(new H3(getTranslation("effects.bacon.heading")), share, figures.baconGrid(bacon));
            }
            if (!effect.excludedUnits().isEmpty()) {
                section.add(new H3(getTranslation("effects.staggered.excluded.heading")), figures.excludedGrid(effect));
            }
        });
        return section;
    }

    /** When the estimators disagree: the regression's weight on already-treated comparisons says how far to doubt it. */
    private Paragraph trust(StaggeredEffect effect, EffectsTexts texts) {
        Paragraph trust = new Paragraph(effect.bacon() == null ? getTranslation("effects.trust.noShare")
                : getTranslation("effects.trust", texts.percent(effect.bacon().alreadyTreatedShare())));
        trust.setId("effects-trust");
        trust.addClassName("effects-trust");
        return trust;
    }

    private String subject(String type, String outcome, String scope, EffectsTexts texts) {
        return getTranslation("effects.effect.subject", texts.typeName(type), outcome, texts.scopeName(Scope.parse(scope)));
    }

    private HorizontalLayout effectPickers(EffectsPage shown, EffectsPage.EffectChoice choice, EffectsTexts texts) {
        HorizontalLayout pickers = Pickers.row("effects-pickers",
                Pickers.select("effects-type", getTranslation("effects.type"), shown.types(), texts::typeName, choice.type(),
                        type -> show(shown.shown().withType(type))),
                instrumentPicker("effects-outcome", "effects.outcome", shown, choice.outcome(), ref -> show(shown.shown().withOutcome(ref))));
        if (choice.outcome().relational()) {
            pickers.add(Pickers.select("effects-scope", getTranslation("effects.scope"), Arrays.asList(Scope.values()), texts::scopeName,
                    choice.scope(), scope -> show(shown.shown().withScope(scope.key()))));
        }
        if (!shown.attributes().isEmpty()) {
            String whole = getTranslation("effects.by.none");
            pickers.add(Pickers.emptyAs(whole, Pickers.select("effects-by", getTranslation("effects.by"), shown.attributes(),
                    a -> a == null ? whole : a.label().in(getLocale()), choice.by().orElse(null),
                    a -> show(shown.shown().withBy(a == null ? null : a.key().value())))));
        }
        return pickers;
    }

    private Section elasticitySection(EffectsPage shown, EffectsTexts texts) {
        Section section = section("effects-elasticity", "effects.elasticity.heading", "effects.elasticity.reading");
        if (shown.elasticityChoice().isEmpty()) {
            section.add(new Paragraph(getTranslation("effects.elasticity.noWave")));
            return section;
        }
        EffectsPage.ElasticityChoice choice = shown.elasticityChoice().get();
        section.add(elasticityPickers(shown, choice));
        shown.elasticity().refusal().ifPresent(reason -> section.add(refusal("effects-elasticity-refusal", reason)));
        ElasticityFigures figures = new ElasticityFigures(texts);
        shown.elasticity().result().ifPresent(elasticity -> {
            if (elasticity.note() != null) {
                section.add(refusal("effects-elasticity-note", elasticity.note()));
            }
            Chart scatter = new Chart(getTranslation("effects.scatter.aria", elasticity.x().toString(), elasticity.y().toString(),
                    choice.wave().label()), "24rem");
            scatter.setId("effects-scatter");
            scatter.option(figures.scatterOption(elasticity));
            section.add(figure(scatter, Figure.grid("effects-elasticity-numbers", figures.figures(elasticity), texts)),
                    new H3(getTranslation("effects.units.heading")), figures.unitGrid(elasticity));
        });
        return section;
    }

    private HorizontalLayout elasticityPickers(EffectsPage shown, EffectsPage.ElasticityChoice choice) {
        return Pickers.row("effects-pickers",
                Pickers.select("effects-wave", getTranslation("effects.wave"), shown.study().waves(),
                        w -> getTranslation("effects.wave.item", w.label(), w.opensOn().toString()), choice.wave(),
                        wave -> show(shown.shown().withWave(wave.key()))),
                instrumentPicker("effects-x", "effects.x", shown, choice.x(), ref -> show(shown.shown().withX(ref))),
                instrumentPicker("effects-y", "effects.y", shown, choice.y(), ref -> show(shown.shown().withY(ref))));
    }

    private Section section(String id, String heading, String reading) {
        Section section = new Section(new H3(getTranslation(heading)), new Paragraph(getTranslation(reading)));
        section.setId(id);
        section.addClassName("effects-section");
        return section;
    }

    private Select<Instrument> instrumentPicker(String id, String label, EffectsPage shown, Instrument value, Consumer<String> chosen) {
        return Pickers.select(id, getTranslation(label), shown.instruments(), i -> Pickers.instrument(i, getLocale()), value,
                instrument -> chosen.accept(instrument.ref().toString()));
    }

    private static Div figure(Chart chart, Grid<?> numbers) {
        Div figure = new Div(chart, numbers);
        figure.addClassName("effects-figure");
        return figure;
    }

    private Paragraph refusal(String id, String reason) {
        return note(id, getTranslation("effects.refusal", reason));
    }

    /** A refusal or caution, set apart from the reading. */
    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("effects-refusal");
        note.getElement().setAttribute("role", "status");
        return note;
    }
}
