package dk.samspil.ui.app.study;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.projections.release.Releases;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every view, report and export computes from: a study as it stood at a moment, and the k
 * figures are suppressed below. The one place study, as-of and k are resolved and checked.
 */
@Service
public class StudyMoments {

    /**
     * @param studies every study, for pickers
     * @param asOf    the event-store position the moment stands for: every figure of the view is read there
     * @param k       the installation's minimum group size
     * @param gate    which figures show their value: every one of k or more, or a release point's
     * @param release the release point the moment stands at, for those who read only there; null for everyone else
     */
    public record StudyMoment(List<StudySummary.Named> studies, StudySummary study, AsOf.Position asOf, int k, FigureGate gate,
                              ReleasePoint release) {

        /** Whether the current user reads figures only at release points. */
        public boolean atReleasesOnly() {
            return !(gate instanceof FigureGate.Open);
        }

        public StudyId id() {
            return study.study();
        }

        public long position() {
            return asOf.position();
        }

        /** @throws IllegalArgumentException naming the study's waves when it has no such wave */
        public WaveKey wave(String wave) {
            if (study.waves().stream().noneMatch(w -> w.key().equals(wave))) {
                throw new IllegalArgumentException("study " + study.study() + " has no wave '" + wave + "' (waves: "
                        + study.waves().stream().map(StudySummary.Wave::key).collect(Collectors.joining(", ")) + ")");
            }
            return WaveKey.of(wave);
        }

        /** @throws IllegalArgumentException naming the study's instruments when it does not use this one */
        public InstrumentRef instrument(String instrument) {
            if (!InstrumentRef.isValid(instrument)) {
                throw new IllegalArgumentException("--instrument is written key@version, e.g. rk@1, was '" + instrument + "'");
            }
            InstrumentRef ref = InstrumentRef.parse(instrument);
            if (!study.instruments().contains(ref)) {
                throw new IllegalArgumentException("study " + study.study() + " does not use " + ref + " (instruments: "
                        + study.instruments().stream().map(InstrumentRef::toString).collect(Collectors.joining(", ")) + ")");
            }
            return ref;
        }

        /** @throws IllegalArgumentException when a group is named that the study does not have */
        public void group(String option, String group) {
            if (group != null && study.groups().stream().noneMatch(g -> g.key().equals(group))) {
                throw new IllegalArgumentException(option + ": study " + study.study() + " has no group '" + group + "'");
            }
        }

        /** @throws IllegalArgumentException when a unit is named that the study does not have */
        public void unit(String unit) {
            if (unit != null && study.units().stream().noneMatch(u -> u.key().equals(unit))) {
                throw new IllegalArgumentException("study " + study.study() + " has no unit '" + unit + "'");
            }
        }
    }

    private final StudyCatalog catalog;
    private final StudyAccess access;
    private final Positions positions;
    private final ReadModelSync sync;
    private final Releases releases;
    private final int k;

    public StudyMoments(StudyCatalog catalog, Positions positions, SamspilProperties properties, StudyAccess access,
                        ReadModelSync sync, Releases releases) {
        this.catalog = catalog;
        this.access = access;
        this.positions = positions;
        this.sync = sync;
        this.releases = releases;
        this.k = properties.k();
    }

    /**
     * Empty when there is no study the current user may open yet, or nothing had been recorded by the moment.
     *
     * @param operation what the view does with the study: only studies the current user may do it to are listed or opened
     * @throws AccessPolicy.AccessDenied when the address names a study the current user may not do it to
     */
    public Optional<StudyMoment> resolve(Operation operation, String studyKey, AsOf moment) {
        // who asks and whose studies are whose, read once per resolution: every view and probe comes through here
        Principal who = access.principal();
        Map<StudyId, TenantId> organisations = catalog.organisations();
        List<StudySummary.Named> studies = access.open(who, organisations, operation, studyKey, catalog.studies());
        long at = positions.resolve(moment);
        if (studies.isEmpty() || at < 0) {
            return Optional.empty();
        }
        String key = studies.stream().map(StudySummary.Named::key).filter(s -> s.equals(studyKey))
                .findFirst().orElse(studies.getFirst().key());
        return moment(who, organisations.get(StudyId.of(key)), studies, StudyId.of(key), at, k);
    }

    /** The release points of a study, for an as-of control that moves between them. */
    public List<ReleasePoint> releasePoints(StudyId study) {
        return releases.points(study);
    }

    /**
     * The moment the current user reads at: the position asked for, or for those who read only at release
     * points the latest release at or before it (before any, the latest position with response counts only).
     */
    private Optional<StudyMoment> moment(Principal who, TenantId organisation, List<StudySummary.Named> studies, StudyId id, long asked,
                                         int chosenK) {
        if (AccessPolicy.readsEveryMoment(who, organisation)) {
            AsOf.Position asOf = new AsOf.Position(asked);
            return catalog.study(id, asOf).map(study -> new StudyMoment(studies, study, asOf, chosenK, FigureGate.open(chosenK), null));
        }
        Optional<ReleasePoint> point = releases.points(id).stream().filter(p -> p.position() <= asked).reduce((a, b) -> b);
        // before a release there is one moment, now, with response counts only: stepping through events shows nobody arrive
        AsOf.Position asOf = new AsOf.Position(point.map(ReleasePoint::position).orElseGet(positions::applied));
        FigureGate gate = point.map(p -> releases.gate(id, p, chosenK)).orElse(FigureGate.countsOnly(chosenK));
        return catalog.study(id, asOf).map(study -> new StudyMoment(studies, study, asOf, chosenK, gate, point.orElse(null)));
    }

    /**
     * What a command names, once the read model holds everything stored so far: the study as it stands
     * now, the position of {@code asOf} (latest when null) and {@code k} (the installation's when null).
     *
     * @throws IllegalArgumentException with a message that says what exists, for each that is not there or not allowed
     * @throws AccessPolicy.AccessDenied when the current user may not do the operation to the study
     */
    public StudyMoment require(Operation operation, String studyKey, String asOf, Integer requestedK) {
        sync.awaitCaughtUp(Duration.ofHours(1), at -> { });
        List<StudySummary.Named> visible = access.visible(operation, catalog.studies());
        StudySummary study = study(operation, studyKey, visible);
        AsOf.Position position = position(asOf);
        int chosenK = k(requestedK);
        StudyMoment at = moment(access.principal(), catalog.organisations().get(study.study()), visible, study.study(),
                position.position(), chosenK).orElseThrow(() -> new IllegalArgumentException(
                "study " + studyKey + " had not been recorded by --as-of " + asOf));
        // a command names units and waves as the study has them now, whatever moment it reads at
        return new StudyMoment(visible, study, at.asOf(), chosenK, at.gate(), at.release());
    }

    /**
     * @throws AccessPolicy.AccessDenied alike for a study of another organisation and one that does not exist, to whoever
     *                                   is limited to some studies: the refusal says nothing of what exists elsewhere
     */
    private StudySummary study(Operation operation, String study, List<StudySummary.Named> visible) {
        if (!Keys.isValid(study)) {
            throw new IllegalArgumentException("--study must be a study key such as mini, was '" + study + "'");
        }
        if (visible.stream().noneMatch(s -> s.key().equals(study))) {
            if (access.scope(operation) != null) {
                throw new AccessPolicy.AccessDenied(access.username() + " may not " + operation.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + " in a study '" + study + "'");
            }
            throw new IllegalArgumentException("no study '" + study + "' in this data folder (studies: " + visible.stream()
                    .map(StudySummary.Named::key).collect(Collectors.joining(", ")) + "); import its bundle first");
        }
        return catalog.study(StudyId.of(study), AsOf.LATEST).orElseThrow();
    }

    /** The event-store position an as-of stands for; refused when nothing had been recorded by then. */
    private AsOf.Position position(String text) {
        AsOf asOf;
        try {
            asOf = AsOf.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--as-of: " + e.getMessage());
        }
        long position = positions.resolve(asOf);
        if (position < 0) {
            throw new IllegalArgumentException("nothing had been recorded by --as-of " + text + "; the history starts later");
        }
        return new AsOf.Position(position);
    }

    private int k(Integer requested) {
        if (requested == null) {
            return k;
        }
        if (requested < k) {
            throw new IllegalArgumentException("--k cannot go below this installation's minimum of " + k
                    + " (small groups must stay unidentifiable)");
        }
        return requested;
    }
}
