package dk.samspil.exports;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.study.Importance;
import dk.samspil.exports.network.NetworkExportWriter;
import dk.samspil.exports.network.RelationNetworks;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.network.RelationshipMapQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GraphML, dynamic GEXF, Pajek, UCINET DL and RSiena matrices of every relational instrument's matrices over the waves. */
final class NetworkFiles {

    private final ReadModel readModel;

    NetworkFiles(ReadModel readModel) {
        this.readModel = readModel;
    }

    List<ExportManifest.ExportedFile> write(ExportRun run) throws IOException {
        Map<RelationNetworks.Relation, Importance> importance = RelationNetworks.importances(
                new RelationshipMapQuery(readModel.store(), readModel.positions()).map(run.study(), run.at()));
        List<ExportManifest.ExportedFile> files = new ArrayList<>();
        for (Map.Entry<InstrumentRef, List<RelationMatrix>> byInstrument : run.matrices().entrySet()) {
            InstrumentRef ref = byInstrument.getKey();
            Instrument instrument = readModel.instruments().find(run.study(), ref).orElseThrow();
            // one relational instrument keeps the plain names; several are told apart by their key
            String prefix = run.matrices().size() == 1 ? "" : ref.key();
            files.addAll(new NetworkExportWriter().write(RelationNetworks.of(byInstrument.getValue(), run.summary().groups(),
                    run.summary().waves(), importance, instrument.bands().between()), run.folder(), prefix));
        }
        return files;
    }
}
