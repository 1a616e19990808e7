package dk.samspil.exports;

import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.exports.partner.Pseudonymiser;
import dk.samspil.projections.ReadModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** manifest.json: the files with their rows and hashes, and exactly which history and settings they were computed from. */
final class ManifestFile {

    static final String FILE = "manifest.json";

    private final ReadModel readModel;
    private final String software;

    ManifestFile(ReadModel readModel, String software) {
        this.readModel = readModel;
        this.software = software;
    }

    ExportManifest write(ExportRun run, List<ExportManifest.ExportedFile> files) throws IOException {
        ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, run.study().value(), run.partner().value(), run.position(),
                run.recordedAt(), run.k(), run.options().datePrecision(), run.agreement().reference(), run.agreement().itemLevelMicrodata(),
                // null studies: every study; null until: no end (the terms say so in words)
                run.agreement().studies().isEmpty() ? null : run.agreement().studies(),
                run.agreement().until() == null ? null : run.agreement().until().toString(), run.agreement().terms(),
                Pseudonymiser.SCHEME, run.summary().instruments().stream().map(InstrumentRef::toString).toList(), bands(run), software, files);
        DomainJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file(run).toFile(), manifest);
        return manifest;
    }

    static Path file(ExportRun run) {
        return run.folder().resolve(FILE);
    }

    private List<ExportManifest.InstrumentBands> bands(ExportRun run) {
        return run.summary().instruments().stream().map(ref -> readModel.instruments().find(run.study(), ref).orElseThrow())
                .map(i -> new ExportManifest.InstrumentBands(i.ref().toString(), i.bands().within(), i.bands().between())).toList();
    }
}
