package dk.samspil.domain.instrument;

import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The instrument versions shipped with Samspil; a bundle may bring more in its instruments/ folder. */
public final class InstrumentCatalog {

    public static final List<String> BUILT_IN = List.of(
            "rk@1", "rc@1", "leadership@1", "citizen@1", "psychsafety@1", "workenv@1", "relation-importance@1");

    private static final InstrumentCatalog BUILT_INS = loadBuiltIns();

    private final Map<InstrumentRef, Instrument> byRef;

    private InstrumentCatalog(Map<InstrumentRef, Instrument> byRef) {
        this.byRef = byRef;
    }

    public static InstrumentCatalog builtIn() {
        return BUILT_INS;
    }

    public Optional<Instrument> find(InstrumentRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    public Instrument get(InstrumentRef ref) {
        return find(ref).orElseThrow(() -> new IllegalArgumentException("unknown instrument " + ref));
    }

    public Collection<Instrument> all() {
        return byRef.values();
    }

    /** Parses an instrument definition (the format of the built-in files and of a bundle's instruments/). */
    public static Instrument parse(InputStream json) throws IOException {
        return DomainJson.mapper().readValue(json, Instrument.class);
    }

    private static InstrumentCatalog loadBuiltIns() {
        Map<InstrumentRef, Instrument> byRef = new TreeMap<>();
        for (String ref : BUILT_IN) {
            String resource = "builtin/" + ref + ".json";
            try (InputStream in = InstrumentCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in instrument missing from the jar: " + resource);
                }
                Instrument instrument = parse(in);
                if (!instrument.ref().toString().equals(ref)) {
                    throw new IllegalStateException(resource + " defines " + instrument.ref());
                }
                byRef.put(instrument.ref(), instrument);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in instrument " + resource, e);
            }
        }
        return new InstrumentCatalog(java.util.Collections.unmodifiableMap(byRef));
    }
}
