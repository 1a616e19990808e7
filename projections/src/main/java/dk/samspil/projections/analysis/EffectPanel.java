package dk.samspil.projections.analysis;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.units.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every effect estimator of an intervention type starts from, read once: the study's waves in schedule order,
 * each unit's first start of the type (units reached by it), and every unit-wave index as the figure gate let it
 * through (k and the release point's decisions applied: a withheld one is there, marked, without its mean).
 */
public record EffectPanel(StudyId study, String type, InstrumentRef outcome, Scope scope, long position, int k,
                          List<Timeline.Wave> waves, Map<String, LocalDate> start, List<Row> rows) {

    /** One unit at one wave ({@code wave} its place in {@link #waves}); {@code mean} null when withheld. */
    public record Row(String unit, int wave, Double mean, int n, boolean suppressed) {
    }

    /** Whether the unit counts as treated at the wave: its first start lies on or before the wave opens. */
    boolean treated(String unit, int wave) {
        LocalDate started = start.get(unit);
        return started != null && !started.isAfter(waves.get(wave).opensOn());
    }
}
