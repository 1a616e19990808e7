package dk.samspil.projections.exports;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The research exports of a study, newest first, and one by its position in the history. */
public final class PastExportsQuery {

    private static final String COLUMNS = "SELECT position, recorded_at, study, partner, as_of_position, k, coarsen_dates, "
            + "manifest_sha256, requested_by FROM research_export";

    private final ReadModelStore store;

    public PastExportsQuery(ReadModelStore store) {
        this.store = store;
    }

    public List<PastExport> of(StudyId study) {
        return read(COLUMNS + " WHERE study = ? ORDER BY position DESC", study.value());
    }

    public Optional<PastExport> at(long position) {
        return read(COLUMNS + " WHERE position = ?", position).stream().findFirst();
    }

    private List<PastExport> read(String sql, Object parameter) {
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            List<PastExport> exports = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    exports.add(new PastExport(r.getLong(1), r.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC), r.getString(3),
                            r.getString(4), r.getLong(5), r.getInt(6), r.getBoolean(7), r.getString(8), r.getString(9)));
                }
            }
            return exports;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the research exports", e);
        }
    }
}
