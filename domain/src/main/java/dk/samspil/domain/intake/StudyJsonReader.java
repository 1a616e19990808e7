package dk.samspil.domain.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.Importance;
import dk.samspil.domain.study.StudyDefinition;
import dk.samspil.domain.study.StudyDefinition.GroupSpec;
import dk.samspil.domain.study.StudyDefinition.RelationSpec;
import dk.samspil.domain.study.StudyDefinition.UnitSpec;
import dk.samspil.domain.study.StudyDefinition.WaveSpec;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads and checks study.json and the instrument files it names. */
final class StudyJsonReader {

    static final String FILE = "study.json";
    /** study.json, instrument files and mappings are read whole; a real one is a few KiB. */
    static final int MAX_JSON_BYTES = 16 << 20;
    /** A field named twice or anything after the document is a mistake, not something to silently resolve. */
    static final ObjectReader STRICT = DomainJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP_FIELDS = Set.of("tenant", "tenant_name", "study", "title", "shared_task",
            "starts_on", "units", "groups", "waves", "instruments", "relations");

    private final BundleSource bundle;
    private final ProblemReport problems;
    private JsonLines lines;

    StudyJsonReader(BundleSource bundle, ProblemReport problems) {
        this.bundle = bundle;
        this.problems = problems;
    }

    Optional<ParsedStudy> read() throws IOException {
        if (!bundle.exists(FILE)) {
            problems.add(FILE, 0, "", "a study.json at the top of the bundle", "no such file in " + bundle.name());
            return Optional.empty();
        }
        byte[] bytes = readJson(bundle, FILE);
        if (!Utf8.check(FILE, bytes, problems)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = STRICT.readTree(Utf8.withoutBom(bytes));
            lines = JsonLines.of(Utf8.withoutBom(bytes));
        } catch (JsonProcessingException e) {
            problems.add(FILE, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "well-formed JSON", e.getOriginalMessage());
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            problems.add(FILE, 1, "", "a JSON object", root == null ? "" : root.getNodeType().toString().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        int before = problems.size();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_FIELDS.contains(name)) {
                problem("/" + name, "one of the fields " + String.join(", ", TOP_FIELDS.stream().sorted().toList()), name);
            }
        }
        String tenant = key(root, "/tenant");
        String tenantName = text(root, "/tenant_name", true);
        String study = key(root, "/study");
        String title = text(root, "/title", true);
        String sharedTask = text(root, "/shared_task", false);
        LocalDate startsOn = date(root, "/starts_on", true);
        List<UnitSpec> units = units(root);
        List<GroupSpec> groups = groups(root);
        List<WaveSpec> waves = waves(root);
        List<Instrument> instruments = instruments(root);
        List<RelationSpec> relations = relations(root, groups);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedStudy(tenantName, new StudyDefinition(TenantId.of(tenant), StudyId.of(study), title,
                sharedTask, startsOn, units, groups, waves, instruments, relations)));
    }

    /** A JSON file of the bundle, whole, refused beyond {@value #MAX_JSON_BYTES} bytes. */
    static byte[] readJson(BundleSource bundle, String file) throws IOException {
        try (InputStream in = bundle.open(file)) {
            byte[] bytes = in.readNBytes(MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                throw new EntryRefused(new Problem(file, 0, "", "a JSON file of at most " + (MAX_JSON_BYTES >> 20) + " MiB",
                        "a larger file"));
            }
            return bytes;
        }
    }

    private List<UnitSpec> units(JsonNode root) {
        List<UnitSpec> units = new ArrayList<>();
        JsonNode array = array(root, "/units", true);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/units/" + i;
            String key = key(root, at + "/key");
            String name = text(root, at + "/name", true);
            JsonNode parentNode = root.at(at + "/parent");
            String parent = parentNode.isMissingNode() || parentNode.isNull() ? null : key(root, at + "/parent");
            onlyFields(root, at, "key", "name", "parent");
            if (key != null && !keys.add(key)) {
                problem(at + "/key", "a unit key not used before", key);
            }
            if (key != null && name != null) {
                units.add(new UnitSpec(UnitKey.of(key), name, parent == null ? null : UnitKey.of(parent)));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            UnitKey parent = units.get(i).parent();
            if (parent != null && !keys.contains(parent.value())) {
                problem("/units/" + i + "/parent", "null or the key of a unit in units", parent.value());
            }
        }
        return units;
    }

    private List<GroupSpec> groups(JsonNode root) {
        List<GroupSpec> groups = new ArrayList<>();
        JsonNode array = array(root, "/groups", true);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/groups/" + i;
            String key = key(root, at + "/key");
            String name = text(root, at + "/name", true);
            onlyFields(root, at, "key", "name");
            if (key != null && !keys.add(key)) {
                problem(at + "/key", "a group key not used before", key);
            }
            if (key != null && name != null) {
                groups.add(new GroupSpec(GroupKey.of(key), name));
            }
        }
        return groups;
    }

    private List<WaveSpec> waves(JsonNode root) {
        List<WaveSpec> waves = new ArrayList<>();
        JsonNode array = array(root, "/waves", true);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/waves/" + i;
            String key = key(root, at + "/key");
            String label = text(root, at + "/label", true);
            LocalDate opens = date(root, at + "/opens_on", true);
            LocalDate closes = date(root, at + "/closes_on", true);
            onlyFields(root, at, "key", "label", "opens_on", "closes_on");
            if (key != null && !keys.add(key)) {
                problem(at + "/key", "a wave key not used before", key);
            }
            if (opens != null && closes != null && closes.isBefore(opens)) {
                problem(at + "/closes_on", "a date on or after opens_on (" + opens + ")", closes.toString());
            } else if (key != null && label != null && opens != null && closes != null) {
                waves.add(new WaveSpec(WaveKey.of(key), label, opens, closes));
            }
        }
        return waves;
    }

    private List<Instrument> instruments(JsonNode root) throws IOException {
        List<Instrument> instruments = new ArrayList<>();
        JsonNode array = array(root, "/instruments", true);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/instruments/" + i;
            JsonNode node = root.at(at);
            if (!node.isTextual() || !InstrumentRef.isValid(node.asText())) {
                problem(at, "an instrument written key@version, e.g. rk@1", node.toString());
                continue;
            }
            if (!seen.add(node.asText())) {
                problem(at, "each instrument listed once", node.asText());
                continue;
            }
            InstrumentRef ref = InstrumentRef.parse(node.asText());
            String file = "instruments/" + ref + ".json";
            if (bundle.exists(file)) {
                readInstrument(file, ref).ifPresent(instruments::add);
            } else {
                Optional<Instrument> builtIn = InstrumentCatalog.builtIn().find(ref);
                if (builtIn.isPresent()) {
                    instruments.add(builtIn.get());
                } else {
                    problem(at, "a built-in instrument (" + String.join(", ", InstrumentCatalog.BUILT_IN)
                            + ") or a file " + file + " in the bundle", ref.toString());
                }
            }
        }
        return instruments;
    }

    private Optional<Instrument> readInstrument(String file, InstrumentRef ref) throws IOException {
        byte[] bytes = readJson(bundle, file);
        if (!Utf8.check(file, bytes, problems)) {
            return Optional.empty();
        }
        try {
            Instrument instrument = STRICT.forType(Instrument.class).readValue(Utf8.withoutBom(bytes));
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

    private List<RelationSpec> relations(JsonNode root, List<GroupSpec> groups) {
        List<RelationSpec> relations = new ArrayList<>();
        JsonNode array = array(root, "/relations", false);
        Set<String> groupKeys = new HashSet<>();
        groups.forEach(g -> groupKeys.add(g.key().value()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/relations/" + i;
            String from = key(root, at + "/from");
            String to = key(root, at + "/to");
            String importance = text(root, at + "/importance", true);
            onlyFields(root, at, "from", "to", "importance");
            boolean ok = from != null && to != null;
            if (from != null && !groupKeys.contains(from)) {
                problem(at + "/from", "the key of a group in groups", from);
                ok = false;
            }
            if (to != null && !groupKeys.contains(to)) {
                problem(at + "/to", "the key of a group in groups", to);
                ok = false;
            }
            Importance level = null;
            if (importance != null) {
                try {
                    level = Importance.valueOf(importance.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problem(at + "/importance", "high, middle or low", importance);
                }
            }
            if (ok && !seen.add(from + ">" + to)) {
                problem(at, "each relation once", from + " -> " + to);
                ok = false;
            }
            if (ok && level != null) {
                relations.add(new RelationSpec(GroupKey.of(from), GroupKey.of(to), level));
            }
        }
        return relations;
    }

    private JsonNode array(JsonNode root, String pointer, boolean required) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() && !required) {
            return DomainJson.mapper().createArrayNode();
        }
        if (!node.isArray()) {
            problem(pointer, "an array", node.isMissingNode() ? "" : node.toString());
            return DomainJson.mapper().createArrayNode();
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject() && !pointer.equals("/instruments")) {
                problem(pointer + "/" + i, "an object", node.get(i).toString());
            }
        }
        return node;
    }

    private void onlyFields(JsonNode root, String pointer, String... allowed) {
        JsonNode node = root.at(pointer);
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(pointer + "/" + name, "one of the fields " + String.join(", ", allowed), name);
            }
        }
    }

    private String key(JsonNode root, String pointer) {
        String text = text(root, pointer, true);
        if (text != null && !Keys.isValid(text)) {
            problem(pointer, "a key of lowercase letters, digits, '_' or '-'", text);
            return null;
        }
        return text;
    }

    private String text(JsonNode root, String pointer, boolean required) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problem(pointer, "a value", "");
            }
            return null;
        }
        if (!node.isTextual()) {
            problem(pointer, "a text in quotes", node.toString());
            return null;
        }
        if (required && node.asText().isBlank()) {
            problem(pointer, "a non-empty text", "");
            return null;
        }
        return node.asText();
    }

    private LocalDate date(JsonNode root, String pointer, boolean required) {
        String text = text(root, pointer, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(pointer, "an ISO date (YYYY-MM-DD)", text);
            return null;
        }
    }

    private void problem(String pointer, String expected, String found) {
        problems.add(FILE, lines == null ? 0 : lines.line(pointer), JsonLines.field(pointer), expected, found);
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
