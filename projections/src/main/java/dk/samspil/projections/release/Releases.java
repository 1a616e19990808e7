package dk.samspil.projections.release;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * What release points show. Each point's decisions are derived from the events like the rest of the
 * read model: computed when the point is first read (earlier points first, since a later release
 * compares with what they showed) and kept in release_figure, so a rebuilt read model decides again
 * from what it holds.
 */
public final class Releases {

    /** The decisions of one release point, or of a release not yet made (a review). */
    public record Decided(StudyId study, long position, Set<String> waves, int k, List<ReleaseDecider.Decision> figures) {

        public long shown() {
            return figures.stream().filter(ReleaseDecider.Decision::shown).count();
        }
    }

    private final ReadModelStore store;
    private final Positions positions;
    private final ReleaseCandidates candidates;
    private final Map<GateKey, FigureGate> gates = new java.util.concurrent.ConcurrentHashMap<>();

    public Releases(ReadModelStore store, Positions positions, ReleaseCandidates candidates) {
        this.store = store;
        this.positions = positions;
        this.candidates = candidates;
    }

    public List<ReleasePoint> points(StudyId study) {
        return new ReleasePoints(store).of(study);
    }

    /**
     * The gate of a release point: a figure shows its value only when the point decided to show a figure
     * of that name over the very same contributors; anything else (another wave, a figure no release
     * computed, one computed differently) is withheld.
     */
    public FigureGate gate(StudyId study, ReleasePoint point, int k) {
        // a point's decisions never change while the read model stays in its file, so every request reuses them
        GateKey key = new GateKey(store.file(), study, point.position(), k);
        return gates.computeIfAbsent(key, x -> {
            Map<String, ReleaseDecider.Decision> shown = new HashMap<>();
            Decided decided = decisions(study, point.position(), k);
            decided.figures().stream().filter(ReleaseDecider.Decision::shown).forEach(d -> shown.put(d.key().name(), d));
            StudySummary summary = new StudyCatalog(store, positions).study(study, new AsOf.Position(point.position())).orElseThrow();
            return new ReleasedFigures(k, shown, ReleaseCandidates.outcomesThrough(summary, decided.waves()));
        });
    }

    private record GateKey(java.nio.file.Path file, StudyId study, long position, int k) {
    }

    /** A release point's decisions, computing them (and any earlier point's) when first asked. */
    public synchronized Decided decisions(StudyId study, long releasePosition, int k) {
        List<ReleasePoint> points = points(study);
        for (ReleasePoint point : points) {
            if (point.position() > releasePosition) {
                break;
            }
            if (!decided(study, point.position(), k)) {
                Decided decided = decide(study, points, point.position(), ReleasePoints.released(points, point.position()), k);
                store(decided);
            }
        }
        return new Decided(study, releasePosition, ReleasePoints.released(points, releasePosition), k,
                read("figures", study, releasePosition, k).stream().map(Stored::decision).toList());
    }

    /**
     * What releasing {@code wave} now would show and withhold, beside what earlier points showed; changes nothing.
     */
    public synchronized Decided review(StudyId study, String wave, int k) {
        long now = positions.applied();
        List<ReleasePoint> points = points(study);
        if (!points.isEmpty()) {
            decisions(study, points.getLast().position(), k);
        }
        Set<String> waves = new TreeSet<>(ReleasePoints.released(points, now));
        waves.add(wave);
        return decide(study, points, now + 1, waves, k);
    }

    private Decided decide(StudyId study, List<ReleasePoint> points, long releasePosition, Set<String> waves, int k) {
        long at = Math.min(releasePosition, positions.applied());
        StudySummary summary = new StudyCatalog(store, positions).study(study, new AsOf.Position(at))
                .orElseThrow(() -> new IllegalArgumentException("no study " + study + " at position " + at));
        List<ReleaseDecider.Candidate> all = candidates.at(summary, waves, at, k);
        List<ReleaseDecider.Shown> earlier = read("shown_before", study, releasePosition, k).stream()
                .map(s -> new ReleaseDecider.Shown(s.decision().key(), s.releasePosition(), s.decision().contributors())).toList();
        return new Decided(study, releasePosition, waves, k, ReleaseDecider.decide(all, earlier, respondents(study), k));
    }

    private boolean decided(StudyId study, long position, int k) {
        return store.query(Sql.statement("release.sql", "decided"), "cannot read the release points of " + study,
                r -> r.getLong(1), study.value(), position, k).getFirst() > 0;
    }

    /** A stored decision and the release point that made it. */
    private record Stored(ReleaseDecider.Decision decision, long releasePosition) {
    }

    private List<Stored> read(String statement, StudyId study, long position, int k) {
        return store.query(Sql.statement("release.sql", statement), "cannot read what the release points of " + study + " show",
                r -> new Stored(new ReleaseDecider.Decision(new FigureKey(r.getString("figure"), r.getString("family"),
                        Contributors.of(r, "links")), r.getInt("n"), Contributors.of(r, "contributors"), r.getBoolean("shown"),
                        WithheldReason.parse(r.getString("reason"))), r.getLong("release_pos")),
                study.value(), position, k);
    }

    private Map<Long, String> respondents(StudyId study) {
        Map<Long, String> respondents = new HashMap<>();
        store.query(Sql.statement("release.sql", "respondents"), "cannot read the respondents of " + study,
                r -> respondents.put(r.getLong(1), r.getString(2)), study.value(), study.value());
        return respondents;
    }

    private void store(Decided decided) {
        try (DuckDBConnection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                // the statement first: DuckDB opens the transaction lazily, and an Appender before it would commit on its own
                try (PreparedStatement done = c.prepareStatement(Sql.statement("release.sql", "release_decided"))) {
                    done.setString(1, decided.study().value());
                    done.setLong(2, decided.position());
                    done.setInt(3, decided.k());
                    done.executeUpdate();
                }
                // tens of thousands of rows per release: the Appender, as a prepared batch runs them one statement each
                try (DuckDBAppender figures = c.createAppender("main", "release_figure")) {
                    for (ReleaseDecider.Decision d : decided.figures()) {
                        figures.beginRow().append(decided.study().value()).append(decided.position()).append(decided.k())
                                .append(d.key().name()).append(d.key().family()).append(d.key().links()).append(d.n())
                                .append(d.contributors()).append(d.shown());
                        if (d.reason() == null) {
                            figures.appendNull();
                        } else {
                            figures.append(d.reason().stored());
                        }
                        figures.endRow();
                    }
                    figures.flush();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep what the release at position " + decided.position() + " of "
                    + decided.study() + " shows", e);
        }
    }

    /** The gate of one release point. */
    private record ReleasedFigures(int k, Map<String, ReleaseDecider.Decision> shown, java.time.LocalDate outcomesThrough)
            implements FigureGate {
        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            ReleaseDecider.Decision decision = shown.get(key.name());
            boolean same = decision != null && decision.contributors().equals(contributors);
            return same ? Figure.of(mean, n, k) : new Figure(null, n, true);
        }
    }
}
