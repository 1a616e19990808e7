package dk.samspil.ui.app.meeting;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.reports.ReportPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the interventions did to relational capacity, and how relational capacity moves with leadership, each with its CI and n. */
final class EffectPages {

    private static final String LEADERSHIP = "leadership@1";

    private EffectPages() {
    }

    static ReportPage effects(Reading r, Timeline timeline) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> types = timeline.interventions().stream().filter(i -> i.startedOn() != null).map(Timeline.Intervention::type)
                .filter(Objects::nonNull).distinct().sorted().toList();
        for (String type : types) {
            String what = r.texts().text("effects.effect", type);
            try {
                InterventionEffect e = r.reports().effect(r.pinned(), type, Reading.RK, null);
                rows.add(List.of(what, r.texts().signed(e.estimate(), 2), interval(r, e.ciLow(), e.ciHigh()),
                        r.texts().text("effects.effectN", Integer.toString(e.nObs()), Integer.toString(e.clusters()),
                                Integer.toString(e.nTreated()))));
                if (e.caution() != null) {
                    notes.add(r.texts().text("effects.caution", type));
                }
            } catch (IllegalArgumentException e) {
                rows.add(List.of(what, "–", "–", r.texts().text("effects.notComputed")));
            }
        }
        List<InstrumentRef> instruments = r.study().instruments();
        if (instruments.contains(InstrumentRef.parse(LEADERSHIP)) && instruments.contains(InstrumentRef.parse(Reading.RK))) {
            String what = r.texts().text("effects.elasticity", r.latest().label());
            try {
                Elasticity e = r.reports().elasticity(r.pinned(), r.latest().key(), LEADERSHIP, Reading.RK);
                if (e.slope() == null) {
                    rows.add(List.of(what, "–", "–", r.texts().text("effects.tooFewUnits", Integer.toString(e.n()))));
                } else {
                    rows.add(List.of(what, r.texts().fixed(e.slope(), 2), interval(r, e.ciLow(), e.ciHigh()),
                            r.texts().text("effects.elasticityN", Integer.toString(e.n()))));
                    if (e.pctFor10pct() != null) {
                        notes.add(r.texts().text("effects.elasticityReading", r.texts().numbers(1).format(e.pctFor10pct())));
                    }
                }
            } catch (IllegalArgumentException e) {
                rows.add(List.of(what, "–", "–", r.texts().text("effects.notComputed")));
            }
        }
        notes.addFirst(rows.isEmpty() ? r.texts().text("effects.none") : r.texts().text("effects.reading", Integer.toString(r.k())));
        if (r.unit() != null) {
            notes.add(r.texts().text("effects.studyWide"));
        }
        List<String> headers = List.of(r.texts().text("effects.what"), r.texts().text("effects.estimate"), r.texts().text("story.ci"),
                r.texts().text("effects.n"));
        return new ReportPage(r.texts().text("effects.heading"), Optional.empty(), rows.isEmpty() ? Optional.empty()
                : Optional.of(new ReportPage.Table(headers, rows, List.of(0.38, 0.12, 0.2, 0.3))), notes);
    }

    private static String interval(Reading r, Double low, Double high) {
        return low == null || high == null ? "–" : "[" + r.texts().fixed(low, 2) + "; " + r.texts().fixed(high, 2) + "]";
    }
}
