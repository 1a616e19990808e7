package dk.samspil.domain.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.InstrumentRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The instruments study.json lists: each from its file in the bundle, or else built in. */
final class StudyInstruments {

    private StudyInstruments() {
    }

    /** @return the instruments read; each one that cannot be is reported, the others still read */
    static List<Instrument> read(BundleSource bundle, JsonFields json) throws IOException {
        List<Instrument> instruments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String at : json.elements("/instruments", true)) {
            JsonNode node = json.at(at);
            if (!node.isTextual() || !InstrumentRef.isValid(node.asText())) {
                json.problem(at, "an instrument written key@version, e.g. rk@1", node.toString());
                continue;
            }
            if (!seen.add(node.asText())) {
                json.problem(at, "each instrument listed once", node.asText());
                continue;
            }
            InstrumentRef ref = InstrumentRef.parse(node.asText());
            String file = "instruments/" + ref + ".json";
            if (bundle.exists(file)) {
                readFile(bundle, file, ref, json.problems()).ifPresent(instruments::add);
            } else {
                Optional<Instrument> builtIn = InstrumentCatalog.builtIn().find(ref);
                if (builtIn.isPresent()) {
                    instruments.add(builtIn.get());
                } else {
                    json.problem(at, "a built-in instrument (" + String.join(", ", InstrumentCatalog.BUILT_IN)
                            + ") or a file " + file + " in the bundle", ref.toString());
                }
            }
        }
        return instruments;
    }

    private static Optional<Instrument> readFile(BundleSource bundle, String file, InstrumentRef ref, ProblemReport problems)
            throws IOException {
        byte[] bytes = StudyJsonReader.readJson(bundle, file);
        if (!Utf8.check(file, bytes, problems)) {
            return Optional.empty();
        }
        try {
            Instrument instrument = StudyJsonReader.STRICT.forType(Instrument.class).readValue(Utf8.withoutBom(bytes));
            if (!instrument.ref().equals(ref)) {
                problems.add(file, 1, "ref", "the instrument its file name promises (" + ref + ")", instrument.ref().toString());
                return Optional.empty();
            }
            return Optional.of(instrument);
        } catch (UnrecognizedPropertyException e) {
            problems.add(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getPropertyName(),
                    "one of the fields " + e.getKnownPropertyIds(), e.getPropertyName());
        } catch (JsonProcessingException e) {
            problems.add(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "an instrument definition (see built-in rk@1 for the format)", rootCause(e));
        }
        return Optional.empty();
    }

    private static String rootCause(Throwable e) {
        Throwable at = e;
        while (at.getCause() != null && at.getCause() != at) {
            at = at.getCause();
        }
        String message = at instanceof JsonProcessingException json ? json.getOriginalMessage() : at.getMessage();
        return message == null ? at.getClass().getSimpleName() : message;
    }
}
