package dk.samspil.projections.attributes;

import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A study's background attributes (study.json's {@code attributes}) as defined at a moment. */
public record AttributeDefinitions(ReadModelStore store) {

    public List<AttributeSpec> of(StudyId study, long position) {
        return store.query(Sql.statement("attributes.sql", "defined"), "cannot read the attributes of " + study,
                r -> read(r.getString(1)), study.value(), position, position);
    }

    /**
     * The attribute a breakdown asks for.
     *
     * @param parameter how the caller named the choice ({@code --by}, {@code by}), for the message
     * @throws IllegalArgumentException naming the attribute and those there are, when the study has none of that key
     *                                  or it is not of the kind the figures are about
     */
    public AttributeSpec require(StudyId study, String key, AttributeSpec.AppliesTo about, long position, String parameter) {
        List<AttributeSpec> all = of(study, position);
        List<String> fitting = all.stream().filter(a -> a.appliesTo() == about).map(a -> a.key().value()).toList();
        AttributeSpec found = all.stream().filter(a -> a.key().value().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(parameter + ": study " + study + " has no attribute '" + key + "' ("
                        + (fitting.isEmpty() ? "it defines no " + about.key() + " attributes" : "its " + about.key() + " attributes: "
                        + String.join(", ", fitting)) + ")"));
        if (found.appliesTo() != about) {
            throw new IllegalArgumentException(parameter + ": '" + key + "' is a " + found.appliesTo().key() + " attribute, and these figures are"
                    + " about " + about.key() + "s" + (fitting.isEmpty() ? "" : " (" + about.key() + " attributes: " + String.join(", ", fitting) + ")"));
        }
        return found;
    }

    private static AttributeSpec read(String json) {
        try {
            return DomainJson.mapper().readValue(json, AttributeSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored attribute definition does not read back", e);
        }
    }
}
