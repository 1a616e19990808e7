package dk.samspil.exports.codebook;

import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.study.AttributeSpec;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * codebook.xml against the official DDI-Codebook 2.5 schema, read from the shared folder beside the checkout
 * (../shared/schemas/ddi-codebook-2.5): every file of an export, the attribute files among them, as DdiCodebook writes it.
 */
class DdiCodebookSchemaTest {

    @Test
    void an_exports_codebook_xml_is_valid_ddi_codebook_2_5() throws Exception {
        Codebook plain = CodebookFixtures.codebook();
        List<AttributeSpec> attributes = List.of(
                new AttributeSpec(AttributeKey.of("stilling"), AttributeSpec.AppliesTo.RESPONDENT, new AttributeSpec.Label("Stilling", "Position", null, null),
                        true, List.of(new AttributeSpec.Value("leder", new AttributeSpec.Label("Leder", "Leader", null, null)),
                        new AttributeSpec.Value("medarbejder", new AttributeSpec.Label("Medarbejder", "Staff", null, null)))),
                new AttributeSpec(AttributeKey.of("ressourcer"), AttributeSpec.AppliesTo.CITIZEN, new AttributeSpec.Label("Ressourcer", "Resources", null, null),
                        false, List.of(new AttributeSpec.Value("faa", new AttributeSpec.Label("Få", "Few", null, null)))));
        List<Codebook.DataFile> files = new ArrayList<>(plain.files());
        files.add(new Codebook.DataFile(AttributeColumns.respondents(attributes), 96));
        files.add(new Codebook.DataFile(AttributeColumns.citizens(attributes), 40));
        Codebook withAttributes = new Codebook(plain.format(), plain.study(), plain.title(), plain.partner(), plain.asOfPosition(),
                plain.asOfRecordedAt(), plain.k(), plain.pseudonymisation(), files, plain.instruments(), plain.agreement(),
                plain.citation());

        Schema schema = schema();
        for (Codebook codebook : List.of(plain, withAttributes)) {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(DdiCodebook.toBytes(codebook))));
        }
        // the schema is not lenient: an element out of its place is refused
        byte[] broken = new String(DdiCodebook.toBytes(plain), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<stdyDscr>", "<stdyDscr><varQnty>1</varQnty>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(broken))))
                .hasMessageContaining("varQnty");
    }

    /** The official schema, found in the shared folder next to the checkout (or next to one of its parents). */
    static Schema schema() throws Exception {
        Path xsd = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && xsd == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/schemas/ddi-codebook-2.5/ddi_codebook_2_5.xsd");
            if (Files.isRegularFile(candidate)) {
                xsd = candidate;
            }
        }
        assertThat(xsd).as("shared/schemas/ddi-codebook-2.5/ddi_codebook_2_5.xsd beside the checkout").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the XHTML namespace is reached by more than one import; each location has to be read, not only the first
        factory.setFeature("http://apache.org/xml/features/honour-all-schemaLocations", true);
        // and "XHTML/../xml.xsd" is the same file as "xml.xsd": named once, it is read once
        DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null || baseUri == null) {
                return null;
            }
            URI resolved = URI.create(baseUri).resolve(systemId).normalize();
            LSInput input = ls.createLSInput();
            input.setSystemId(resolved.toString());
            Path file = Path.of(resolved);
            if (!Files.exists(file) && systemId.endsWith(".ent")) {
                // XHTML's named character entity sets are not in the shared folder; a codebook uses none of their entities
                input.setByteStream(new ByteArrayInputStream(new byte[0]));
                return input;
            }
            try {
                input.setByteStream(Files.newInputStream(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return input;
        });
        return factory.newSchema(xsd.toFile());
    }
}
