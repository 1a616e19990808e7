package dk.samspil.ui.app.release;

import dk.samspil.domain.shared.Conflicts;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.ReleaseWave;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.release.ReleaseDecider;
import dk.samspil.projections.release.WithheldReason;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.projections.release.Releases;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Releasing a closed wave's aggregates, and the review of what a release shows and withholds (issue 17):
 * the one place the release page and ./samspil release do it.
 */
@Service
public class WaveReleases {

    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    /** A figure a release withholds, and why: in English as {@code reason}, as data for a page to word in its language. */
    public record Withheld(String figure, int n, @JsonIgnore WithheldReason why) {

        @JsonProperty("reason")
        public String reason() {
            return why.english();
        }
    }

    /**
     * What a release shows: {@code position} is the release point, or for a review the position it would follow.
     *
     * @param released whether this is a release made (true) or a review that changed nothing (false)
     */
    public record Review(String study, String wave, boolean released, @JsonProperty("release_position") long position,
                         int k, Set<String> waves, long shown, @JsonProperty("withheld_below_k") long belowK,
                         @JsonProperty("held_back") List<Withheld> heldBack, @JsonProperty("withheld_secondary") List<Withheld> secondary) {
    }

    private final CommandGateway commands;
    private final StudyMoments moments;
    private final StudyAccess access;
    private final Releases releases;
    private final ReadModelSync sync;
    private final StudyCatalog catalog;

    public WaveReleases(CommandGateway commands, StudyMoments moments, StudyAccess access, Releases releases, ReadModelSync sync,
                        StudyCatalog catalog) {
        this.catalog = catalog;
        this.commands = commands;
        this.moments = moments;
        this.access = access;
        this.releases = releases;
        this.sync = sync;
    }

    /** What releasing the wave now would show and withhold; records nothing. */
    public Review review(String study, String wave) {
        StudyMoments.StudyMoment m = checked(study, wave);
        return review(releases.review(m.id(), wave, m.k()), wave, false);
    }

    /**
     * Releases the wave at once (again, after later events, a new release point).
     *
     * @throws IllegalArgumentException when the wave has not closed yet, naming its last day
     */
    public Review release(String study, String wave) {
        StudyMoments.StudyMoment m = checked(study, wave);
        try {
            Conflicts.retried(() -> commands.sendAndWait(new ReleaseWave(m.id(), WaveKey.of(wave), access.username())));
        } catch (Rejected rejected) {
            throw new IllegalArgumentException(rejected.getMessage());
        }
        sync.awaitCaughtUp(CATCH_UP, at -> { });
        ReleasePoint point = releases.points(m.id()).getLast();
        return review(releases.decisions(m.id(), point.position(), m.k()), wave, true);
    }

    /** The studies the current user may release waves of, as they stand now. */
    public List<StudySummary> studies() {
        return access.visible(Operation.RELEASE_WAVE, catalog.studies()).stream()
                .flatMap(s -> catalog.study(StudyId.of(s.key()), AsOf.LATEST).stream()).toList();
    }

    /** The study's release points, oldest first. */
    public List<ReleasePoint> points(String study) {
        return releases.points(moments.require(Operation.VIEW_MATRIX, study, null, null).id());
    }

    private StudyMoments.StudyMoment checked(String study, String wave) {
        StudyMoments.StudyMoment m = moments.require(Operation.RELEASE_WAVE, study, null, null);
        m.wave(wave);
        return m;
    }

    private static Review review(Releases.Decided decided, String wave, boolean released) {
        List<ReleaseDecider.Decision> withheld = decided.figures().stream().filter(d -> !d.shown()).toList();
        long belowK = withheld.stream().filter(d -> d.n() < decided.k()).count();
        List<Withheld> heldBack = withheld.stream().filter(ReleaseDecider.Decision::heldBack)
                .map(d -> new Withheld(d.key().name(), d.n(), d.reason())).toList();
        List<Withheld> secondary = withheld.stream().filter(ReleaseDecider.Decision::secondary)
                .map(d -> new Withheld(d.key().name(), d.n(), d.reason())).toList();
        return new Review(decided.study().value(), wave, released, decided.position(), decided.k(), decided.waves(), decided.shown(),
                belowK, heldBack, secondary);
    }
}
