package dk.samspil.ui.app.replay;

import dk.samspil.projections.ReadModel;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.stereotype.Service;

import java.sql.SQLException;
import java.time.Duration;

/** Rebuilds the read model in place from the event store, while no application serves it, and says how fast. */
@Service
public class Replay {

    /** What a replay went through, and in how many seconds. */
    public record Replayed(long events, long questionnaires, long rows, double seconds) {
    }

    private final ReadModelSync sync;
    private final ReadModel readModel;

    private final OnlineRebuild online;

    public Replay(ReadModelSync sync, ReadModel readModel, OnlineRebuild online) {
        this.sync = sync;
        this.readModel = readModel;
        this.online = online;
    }

    public Replayed inPlace(RebuildProgress progress) throws SQLException {
        long head = sync.head();
        long started = System.nanoTime();
        // a person erased before now has no key: the history's PersonErased events need no further rebuild
        online.builtFromScratch(head);
        sync.rebuild(Duration.ofHours(4), at -> progress.at(at, head));
        double seconds = (System.nanoTime() - started) / 1e9;
        OnlineRebuild.Counts counts = OnlineRebuild.counts(readModel);
        return new Replayed(counts.events(), counts.questionnaires(), counts.rows(), seconds);
    }
}
