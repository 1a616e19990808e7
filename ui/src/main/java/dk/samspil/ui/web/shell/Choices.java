package dk.samspil.ui.web.shell;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the page loaders fall back to when an address names nothing, or something the study does not have. */
public final class Choices {

    /** The instrument the consultancy's figures are drawn from, shown first when a study has it. */
    public static final InstrumentRef RK = InstrumentRef.parse("rk@1");

    private Choices() {
    }

    /** The definitions of a study's instruments; a reference without a definition is left out. */
    public static List<Instrument> instruments(InstrumentDefinitions definitions, StudySummary study, List<InstrumentRef> refs) {
        return refs.stream().map(ref -> definitions.find(study.study(), ref)).flatMap(Optional::stream).toList();
    }

    /** The requested wave, else the newest wave that has answers, else the newest. */
    public static Optional<StudySummary.Wave> wave(StudySummary study, String requested) {
        return study.waves().stream().filter(w -> w.key().equals(requested)).findFirst()
                .or(() -> study.waves().stream().filter(w -> w.questionnaires() > 0).reduce((older, newer) -> newer))
                .or(() -> study.waves().stream().reduce((older, newer) -> newer));
    }

    /** The requested instrument, else the preferred one, else the first offered. */
    public static Optional<Instrument> instrument(List<Instrument> offered, String requested, InstrumentRef preferred) {
        return requestedOrPreferred(offered, requested, preferred).or(() -> offered.stream().findFirst());
    }

    /** The requested instrument, else the preferred one, else the one with the lowest reference. */
    public static Optional<Instrument> instrumentOrLowest(List<Instrument> offered, String requested, InstrumentRef preferred) {
        return requestedOrPreferred(offered, requested, preferred).or(() -> offered.stream().min(Comparator.comparing(Instrument::ref)));
    }

    /** The requested key when it is one of the study's, else null (which stands for all). */
    public static String known(List<StudySummary.Named> named, String requested) {
        return named.stream().map(StudySummary.Named::key).filter(key -> key.equals(requested)).findFirst().orElse(null);
    }

    /** A key's name in the study's data, or the key when the study does not name it. */
    public static String name(List<StudySummary.Named> named, String key) {
        return named.stream().filter(n -> n.key().equals(key)).map(StudySummary.Named::name).findFirst().orElse(key);
    }

    /** The names of some keys, in the order the study lists them (as people know them); unknown keys last. */
    public static List<String> names(List<StudySummary.Named> named, List<String> keys) {
        List<String> order = named.stream().map(StudySummary.Named::key).toList();
        return keys.stream().sorted(Comparator.comparingInt(k -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k)))
                .map(key -> name(named, key)).toList();
    }

    private static Optional<Instrument> requestedOrPreferred(List<Instrument> offered, String requested, InstrumentRef preferred) {
        return offered.stream().filter(i -> i.ref().toString().equals(requested)).findFirst()
                .or(() -> offered.stream().filter(i -> i.ref().equals(preferred)).findFirst());
    }
}
