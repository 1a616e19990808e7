package dk.samspil.projections.exports;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The research exports of a study, newest first, one by its position in the history, and partners' agreements. */
public final class PastExportsQuery {

    private static final String COLUMNS = "SELECT position, recorded_at, study, partner, as_of_position, k, coarsen_dates, "
            + "manifest_sha256, agreement, microdata, requested_by FROM research_export";

    private final ReadModelStore store;

    public PastExportsQuery(ReadModelStore store) {
        this.store = store;
    }

    public List<PastExport> of(StudyId study) {
        return read(COLUMNS + " WHERE study = ? ORDER BY position DESC", study.value());
    }

    /** Every export recorded for the partner, newest first. */
    public List<PastExport> forPartner(String partner) {
        return read(COLUMNS + " WHERE partner = ? ORDER BY position DESC", partner);
    }

    /** Every export recorded, newest first. */
    public List<PastExport> all() {
        return read(COLUMNS + " ORDER BY position DESC");
    }

    public Optional<PastExport> at(long position) {
        return read(COLUMNS + " WHERE position = ?", position).stream().findFirst();
    }

    /**
     * A partner's agreement: its reference, whether it allows item-level microdata, the studies it covers (empty: every
     * study), its last day (null: no end) and the licence it names (null: none).
     */
    public record Agreement(String partner, String agreement, boolean itemLevelMicrodata, List<String> studies, LocalDate until,
                            String licence) {

        public Agreement {
            studies = List.copyOf(studies);
        }
    }

    /** A partner's agreement as it stands now. */
    public Optional<Agreement> agreement(String partner) {
        return agreement(partner, Long.MAX_VALUE);
    }

    /** A partner's agreement as it stood at a position of the history (the newest recorded by then). */
    public Optional<Agreement> agreement(String partner, long position) {
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement("SELECT partner, agreement, microdata, studies, until, licence"
                + " FROM partner_agreement WHERE partner = ? AND position <= ? ORDER BY position DESC LIMIT 1")) {
            s.setString(1, partner);
            s.setLong(2, position);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String studies = r.getString(4);
                return Optional.of(new Agreement(r.getString(1), r.getString(2), r.getBoolean(3),
                        studies == null ? List.of() : List.of(studies.split(",")), r.getObject(5, LocalDate.class), r.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the agreement of partner " + partner, e);
        }
    }

    private List<PastExport> read(String sql, Object... parameters) {
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<PastExport> exports = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    exports.add(new PastExport(r.getLong(1), r.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC), r.getString(3),
                            r.getString(4), r.getLong(5), r.getInt(6), r.getBoolean(7), r.getString(8), r.getString(9), r.getBoolean(10),
                            r.getString(11)));
                }
            }
            return exports;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the research exports", e);
        }
    }
}
