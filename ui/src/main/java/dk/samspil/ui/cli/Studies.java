package dk.samspil.ui.cli;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;

import java.util.stream.Collectors;

/** Checks the study, wave and instrument a command names, with messages that list what exists. */
final class Studies {

    private Studies() {
    }

    static StudySummary study(StudyCatalog catalog, String study) {
        if (!Keys.isValid(study)) {
            throw new BadInput("--study must be a study key such as mini, was '" + study + "'");
        }
        return catalog.study(StudyId.of(study), AsOf.LATEST).orElseThrow(() -> new BadInput("no study '" + study
                + "' in this data folder (studies: " + catalog.studies().stream().map(StudySummary.Named::key)
                .collect(Collectors.joining(", ")) + "); import its bundle first"));
    }

    static WaveKey wave(StudySummary study, String wave) {
        if (study.waves().stream().noneMatch(w -> w.key().equals(wave))) {
            throw new BadInput("study " + study.study() + " has no wave '" + wave + "' (waves: "
                    + study.waves().stream().map(StudySummary.Wave::key).collect(Collectors.joining(", ")) + ")");
        }
        return WaveKey.of(wave);
    }

    static InstrumentRef instrument(StudySummary study, String instrument) {
        if (!InstrumentRef.isValid(instrument)) {
            throw new BadInput("--instrument is written key@version, e.g. rk@1, was '" + instrument + "'");
        }
        InstrumentRef ref = InstrumentRef.parse(instrument);
        if (!study.instruments().contains(ref)) {
            throw new BadInput("study " + study.study() + " does not use " + ref + " (instruments: "
                    + study.instruments().stream().map(InstrumentRef::toString).collect(Collectors.joining(", ")) + ")");
        }
        return ref;
    }

    /** The event-store position an --as-of stands for (latest when absent); refused when nothing had been recorded by then. */
    static AsOf.Position asOf(Positions positions, String text) {
        AsOf asOf;
        try {
            asOf = AsOf.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--as-of: " + e.getMessage());
        }
        long position = positions.resolve(asOf);
        if (position < 0) {
            throw new BadInput("nothing had been recorded by --as-of " + text + "; the history starts later");
        }
        return new AsOf.Position(position);
    }

    static int k(Integer requested, int configured) {
        if (requested == null) {
            return configured;
        }
        if (requested < configured) {
            throw new BadInput("--k cannot go below this installation's minimum of " + configured
                    + " (small groups must stay unidentifiable)");
        }
        return requested;
    }
}
