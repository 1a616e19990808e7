package dk.samspil.projections.network;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a study's relationship map at the latest or any earlier position. */
public final class RelationshipMapQuery {

    private final ReadModelStore store;
    private final Positions positions;

    public RelationshipMapQuery(ReadModelStore store, Positions positions) {
        this.store = store;
        this.positions = positions;
    }

    public RelationshipMap map(StudyId study, AsOf asOf) {
        long position = positions.resolve(asOf);
        List<RelationshipMap.Relationship> relationships = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("relationship_map.sql"))) {
            s.setString(1, study.value());
            s.setLong(2, position);
            s.setLong(3, position);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    relationships.add(new RelationshipMap.Relationship(GroupKey.of(r.getString(1)), GroupKey.of(r.getString(2)), r.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("relationship map query failed for " + study, e);
        }
        return new RelationshipMap(study, position, relationships);
    }
}
