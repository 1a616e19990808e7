package dk.samspil.domain.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.study.Importance;
import dk.samspil.domain.study.StudyCitation;
import dk.samspil.domain.study.StudyDefinition;
import dk.samspil.domain.study.StudyDefinition.GroupSpec;
import dk.samspil.domain.study.StudyDefinition.RelationSpec;
import dk.samspil.domain.study.StudyDefinition.UnitSpec;
import dk.samspil.domain.study.StudyDefinition.WaveSpec;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and checks study.json and the instrument files it names. */
final class StudyJsonReader {

    static final String FILE = "study.json";
    /** study.json, instrument files and mappings are read whole; a real one is a few KiB. */
    static final int MAX_JSON_BYTES = 16 << 20;
    /** A field named twice or anything after the document is a mistake, not something to silently resolve. */
    static final ObjectReader STRICT = DomainJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** In the order a problem lists them. */
    private static final String[] TOP_FIELDS = Stream.of("tenant", "tenant_name", "study", "title", "shared_task",
            "starts_on", "units", "groups", "waves", "instruments", "relations", "attributes", "citation").sorted().toArray(String[]::new);

    private final BundleSource bundle;
    private final ProblemReport problems;
    private JsonFields json;

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
            json = new JsonFields(FILE, root, JsonLines.of(Utf8.withoutBom(bytes)), problems);
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
        json.onlyFields("", TOP_FIELDS);
        String tenant = json.keyAt("/tenant");
        String tenantName = json.textAt("/tenant_name", true);
        String study = json.keyAt("/study");
        String title = json.textAt("/title", true);
        String sharedTask = json.textAt("/shared_task", false);
        LocalDate startsOn = json.dateAt("/starts_on", true);
        List<UnitSpec> units = units();
        List<GroupSpec> groups = groups();
        List<WaveSpec> waves = waves();
        List<Instrument> instruments = StudyInstruments.read(bundle, json);
        List<RelationSpec> relations = relations(groups);
        List<AttributeSpec> attributes = attributes();
        StudyCitation citation = citation();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedStudy(tenantName, new StudyDefinition(TenantId.of(tenant), StudyId.of(study), title,
                sharedTask, startsOn, units, groups, waves, instruments, relations, attributes, citation)));
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

    private List<UnitSpec> units() {
        List<UnitSpec> units = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String at : json.objects("/units", true)) {
            String key = json.keyAt(at + "/key");
            String name = json.textAt(at + "/name", true);
            JsonNode parentNode = json.at(at + "/parent");
            String parent = parentNode.isMissingNode() || parentNode.isNull() ? null : json.keyAt(at + "/parent");
            json.onlyFields(at, "key", "name", "parent");
            once(keys, key, at, "a unit key not used before");
            if (key != null && name != null) {
                units.add(new UnitSpec(UnitKey.of(key), name, parent == null ? null : UnitKey.of(parent)));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            UnitKey parent = units.get(i).parent();
            if (parent != null && !keys.contains(parent.value())) {
                json.problem("/units/" + i + "/parent", "null or the key of a unit in units", parent.value());
            }
        }
        return units;
    }

    private List<GroupSpec> groups() {
        List<GroupSpec> groups = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String at : json.objects("/groups", true)) {
            String key = json.keyAt(at + "/key");
            String name = json.textAt(at + "/name", true);
            String silo = json.textAt(at + "/silo", false);
            json.onlyFields(at, "key", "name", "silo");
            once(keys, key, at, "a group key not used before");
            if (key != null && name != null) {
                groups.add(new GroupSpec(GroupKey.of(key), name, silo));
            }
        }
        return groups;
    }

    private List<WaveSpec> waves() {
        List<WaveSpec> waves = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String at : json.objects("/waves", true)) {
            String key = json.keyAt(at + "/key");
            String label = json.textAt(at + "/label", true);
            LocalDate opens = json.dateAt(at + "/opens_on", true);
            LocalDate closes = json.dateAt(at + "/closes_on", true);
            json.onlyFields(at, "key", "label", "opens_on", "closes_on");
            once(keys, key, at, "a wave key not used before");
            if (opens != null && closes != null && closes.isBefore(opens)) {
                json.problem(at + "/closes_on", "a date on or after opens_on (" + opens + ")", closes.toString());
            } else if (key != null && label != null && opens != null && closes != null) {
                waves.add(new WaveSpec(WaveKey.of(key), label, opens, closes));
            }
        }
        return waves;
    }

    private List<RelationSpec> relations(List<GroupSpec> groups) {
        List<RelationSpec> relations = new ArrayList<>();
        Set<String> groupKeys = new HashSet<>();
        groups.forEach(g -> groupKeys.add(g.key().value()));
        Set<String> seen = new HashSet<>();
        for (String at : json.objects("/relations", false)) {
            String from = json.keyAt(at + "/from");
            String to = json.keyAt(at + "/to");
            String importance = json.textAt(at + "/importance", true);
            json.onlyFields(at, "from", "to", "importance");
            boolean ok = from != null && to != null;
            if (from != null && !groupKeys.contains(from)) {
                json.problem(at + "/from", "the key of a group in groups", from);
                ok = false;
            }
            if (to != null && !groupKeys.contains(to)) {
                json.problem(at + "/to", "the key of a group in groups", to);
                ok = false;
            }
            Importance level = null;
            if (importance != null) {
                try {
                    level = Importance.valueOf(importance.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    json.problem(at + "/importance", "high, middle or low", importance);
                }
            }
            if (ok && !seen.add(from + ">" + to)) {
                json.problem(at, "each relation once", from + " -> " + to);
                ok = false;
            }
            if (ok && level != null) {
                relations.add(new RelationSpec(GroupKey.of(from), GroupKey.of(to), level));
            }
        }
        return relations;
    }

    /** The optional citation: authors (name, affiliation), producer and distributor, as an archive cites the study. */
    private StudyCitation citation() {
        JsonNode node = json.at("/citation");
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            json.problem("/citation", "an object with authors, producer and distributor", node.toString());
            return null;
        }
        json.onlyFields("/citation", "authors", "producer", "distributor");
        List<StudyCitation.Author> authors = new ArrayList<>();
        for (String at : json.objects("/citation/authors", false)) {
            json.onlyFields(at, "name", "affiliation");
            String name = json.textAt(at + "/name", true);
            String affiliation = json.textAt(at + "/affiliation", false);
            if (name != null) {
                authors.add(new StudyCitation.Author(name, affiliation));
            }
        }
        return new StudyCitation(authors, json.textAt("/citation/producer", false), json.textAt("/citation/distributor", false));
    }

    private List<AttributeSpec> attributes() {
        List<AttributeSpec> attributes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String at : json.objects("/attributes", false)) {
            String key = json.keyAt(at + "/key");
            String appliesTo = json.textAt(at + "/applies_to", true);
            AttributeSpec.Label label = label(at + "/label");
            JsonNode askedNode = json.at(at + "/asked");
            json.onlyFields(at, "key", "applies_to", "label", "asked", "values");
            once(keys, key, at, "an attribute key not used before");
            AttributeSpec.AppliesTo whose = null;
            if ("respondent".equals(appliesTo) || "citizen".equals(appliesTo)) {
                whose = AttributeSpec.AppliesTo.valueOf(appliesTo.toUpperCase(Locale.ROOT));
            } else if (appliesTo != null) {
                json.problem(at + "/applies_to", "respondent or citizen", appliesTo);
            }
            boolean asked = false;
            if (!askedNode.isMissingNode()) {
                if (!askedNode.isBoolean()) {
                    json.problem(at + "/asked", "true or false", askedNode.toString());
                } else if (askedNode.asBoolean() && whose == AttributeSpec.AppliesTo.CITIZEN) {
                    json.problem(at + "/asked", "false or no asked: the questionnaire asks respondents, not about citizens", "true");
                } else {
                    asked = askedNode.asBoolean();
                }
            }
            List<AttributeSpec.Value> values = new ArrayList<>();
            Set<String> valueKeys = new HashSet<>();
            List<String> elements = json.objects(at + "/values", true);
            if (elements.isEmpty() && json.at(at + "/values").isArray()) {
                json.problem(at + "/values", "at least one value", "[]");
            }
            for (String value : elements) {
                String valueKey = json.keyAt(value + "/key");
                AttributeSpec.Label valueLabel = label(value + "/label");
                json.onlyFields(value, "key", "label");
                once(valueKeys, valueKey, value, "a value key not used before in this attribute");
                if (valueKey != null && valueLabel != null) {
                    values.add(new AttributeSpec.Value(valueKey, valueLabel));
                }
            }
            if (key != null && whose != null && label != null && values.size() == elements.size() && !values.isEmpty()) {
                attributes.add(new AttributeSpec(AttributeKey.of(key), whose, label, asked, values));
            }
        }
        return attributes;
    }

    /** A label object: da and en required, nb and sv where given; null when wrong (reported). */
    private AttributeSpec.Label label(String at) {
        if (!json.at(at).isObject()) {
            json.problem(at, "an object with da and en (and nb, sv where given)", json.at(at).isMissingNode() ? "" : json.at(at).toString());
            return null;
        }
        json.onlyFields(at, "da", "en", "nb", "sv");
        String da = json.textAt(at + "/da", true);
        String en = json.textAt(at + "/en", true);
        String nb = json.textAt(at + "/nb", false);
        String sv = json.textAt(at + "/sv", false);
        return da == null || en == null ? null : new AttributeSpec.Label(da, en, nb, sv);
    }

    /** Reports a key an earlier element of the same list already has. */
    private void once(Set<String> keys, String key, String at, String expected) {
        if (key != null && !keys.add(key)) {
            json.problem(at + "/key", expected, key);
        }
    }
}
