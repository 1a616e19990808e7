package dk.samspil.projections.network;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.util.List;

/** Reads a study's relationship map at the latest or any earlier position. */
public record RelationshipMapQuery(ReadModelStore store, Positions positions) {

    public RelationshipMap map(StudyId study, AsOf asOf) {
        long position = positions.resolve(asOf);
        List<RelationshipMap.Relationship> relationships = store.query(Sql.load("relationship_map.sql"),
                "relationship map query failed for " + study,
                r -> new RelationshipMap.Relationship(GroupKey.of(r.getString(1)), GroupKey.of(r.getString(2)), r.getString(3)),
                study.value(), position, position);
        return new RelationshipMap(study, position, relationships);
    }
}
