package dk.samspil.exports.codebook;

import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.InstrumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What codebook.xml says, by XPath; {@link DdiCodebookSchemaTest} validates it against the official DDI-Codebook 2.5
 * schema in the shared folder.
 */
class DdiCodebookTest {

    private final byte[] bytes = DdiCodebook.toBytes(CodebookFixtures.codebook());
    private final Document xml = parse(bytes);
    private final XPath xpath = ddiXPath();

    @Test
    void is_a_ddi_codebook_2_5_document_naming_the_study_and_the_as_of_position() {
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("ddi:codebook:2_5");
        assertThat(root.getLocalName()).isEqualTo("codeBook");
        assertThat(root.getAttribute("version")).isEqualTo("2.5");
        assertThat(text("/d:codeBook/d:stdyDscr/d:citation/d:titlStmt/d:titl"))
                .isEqualTo("Tidlig indsats for udsatte børn og unge");
        assertThat(strings("/d:codeBook/d:stdyDscr/d:citation/d:titlStmt/d:IDNo")).containsExactly("bu-tidlig-indsats", "4711");
        assertThat(text("/d:codeBook/d:stdyDscr/d:citation/d:verStmt/d:version/@date")).isEqualTo("2024-03-01T10:15:30Z");
        assertThat(childNames(root)).containsExactly("stdyDscr", "fileDscr", "fileDscr", "fileDscr", "fileDscr", "fileDscr",
                "fileDscr", "fileDscr", "dataDscr");
    }

    @Test
    void cites_the_authors_producer_distributor_period_geography_access_conditions_and_licence() throws XPathExpressionException {
        String study = "/d:codeBook/d:stdyDscr/";
        assertThat(strings(study + "d:citation/d:rspStmt/d:AuthEnty")).containsExactly("Mette Holm", "Jens Berg");
        assertThat(text(study + "d:citation/d:rspStmt/d:AuthEnty[1]/@affiliation")).isEqualTo("Aalborg Universitet");
        assertThat(text(study + "d:citation/d:prodStmt/d:producer")).isEqualTo("Haderslev Kommune");
        assertThat(text(study + "d:citation/d:distStmt/d:distrbtr")).isEqualTo("Samspil, Haderslev Kommune");
        assertThat(strings(study + "d:stdyInfo/d:sumDscr/d:timePrd/@date")).containsExactly("2022-01-10", "2023-07-31");
        assertThat(strings(study + "d:stdyInfo/d:sumDscr/d:collDate[@cycle = 'Afslutningsmåling']/@date")).containsExactly("2023-07-01", "2023-07-31");
        assertThat(text(study + "d:stdyInfo/d:sumDscr/d:nation")).isEqualTo("Danmark");
        assertThat(text(study + "d:stdyInfo/d:sumDscr/d:geogCover")).isEqualTo("Haderslev Kommune");
        assertThat(text(study + "d:dataAccs/d:useStmt/d:restrctn[@xml:lang = 'en']")).contains("agreement SDU-DSA-2026-3");
        assertThat(text(study + "d:dataAccs/d:useStmt/d:conditions")).isEqualTo("CC BY-NC 4.0");
    }

    @Test
    void describes_each_file_with_its_row_and_column_count() {
        for (TableDescription table : Columns.ALL) {
            String file = "/d:codeBook/d:fileDscr[d:fileTxt/d:fileName = '" + table.file() + "']/d:fileTxt/d:dimensns/";
            assertThat(text(file + "d:caseQnty")).as(table.file()).isEqualTo(CodebookFixtures.ROWS.get(table.file()).toString());
            assertThat(text(file + "d:varQnty")).as(table.file()).isEqualTo(Integer.toString(table.columns().size()));
        }
    }

    @Test
    void has_one_var_per_column_of_every_file_with_its_parquet_type_and_labels() {
        for (TableDescription table : Columns.ALL) {
            String fileId = text("/d:codeBook/d:fileDscr[d:fileTxt/d:fileName = '" + table.file() + "']/@ID");
            assertThat(strings("/d:codeBook/d:dataDscr/d:var[@files = '" + fileId + "' and starts-with(@ID, 'V.')]/@name"))
                    .as(table.file()).containsExactlyElementsOf(table.columns().stream().map(ColumnDescription::name).toList());
            for (ColumnDescription column : table.columns()) {
                String var = "/d:codeBook/d:dataDscr/d:var[@files = '" + fileId + "' and @name = '" + column.name() + "' and starts-with(@ID, 'V.')]";
                assertThat(text(var + "/d:varFormat/@formatname")).as(column.name()).isEqualTo(column.type().name());
                assertThat(text(var + "/d:varFormat/@type")).isEqualTo(column.type().numeric() ? "numeric" : "character");
                assertThat(text(var + "/d:labl[@xml:lang = 'da']")).isEqualTo(column.meaning().da());
                assertThat(text(var + "/d:labl[@xml:lang = 'en']")).isEqualTo(column.meaning().en());
                assertThat(strings(var + "/d:catgry[not(@missing)]/d:catValu"))
                        .containsExactlyElementsOf(column.values().stream().map(Code::value).toList());
                assertThat(count(var + "/d:catgry[@missing = 'Y']")).isEqualTo(column.missing() == null ? 0 : 1);
            }
        }
    }

    @Test
    void gives_every_instrument_item_its_question_in_danish_and_english_with_the_scale() {
        for (String ref : List.of("rk@1", "rc@1", "citizen@1")) {
            List<Item> items = InstrumentCatalog.builtIn().get(InstrumentRef.parse(ref)).items();
            String group = "/d:codeBook/d:dataDscr/d:varGrp[@name = '" + ref + "']";
            assertThat(text(group + "/@var").split(" ")).hasSize(items.size());
            for (String id : text(group + "/@var").split(" ")) {
                assertThat(count("//d:var[@ID = '" + id + "']")).as(id).isEqualTo(1);
            }
            for (Item item : items) {
                String var = "//d:var[@ID = 'Q." + ref.replace("@", ".v") + "." + item.key().value() + "']";
                assertThat(text(var + "/d:qstn/d:qstnLit[@xml:lang = 'da']")).isEqualTo(item.label().da());
                assertThat(text(var + "/d:qstn/d:qstnLit[@xml:lang = 'en']")).isEqualTo(item.label().en());
                assertThat(text(var + "/d:valrng/d:range/@min")).isEqualTo("1");
                assertThat(text(var + "/d:valrng/d:range/@max")).isEqualTo("5");
            }
        }
        assertThat(text("//d:var[@ID = 'Q.rc.v1.frequency']/d:codInstr")).contains("2→3");
        // the scale's wording, where the definition gives it, as the item's categories
        assertThat(strings("/d:codeBook/d:dataDscr/d:var[@ID = 'Q.rk.v1.samarbejde']/d:catgry[d:catValu = '5']/d:labl[@xml:lang = 'da']"))
                .containsExactly("I meget høj grad");
    }

    @Test
    void ids_are_unique_and_every_reference_resolves() {
        Set<String> ids = new HashSet<>(strings("//@ID"));
        assertThat(ids).hasSize(strings("//@ID").size());
        for (String ref : strings("//d:var/@files")) {
            assertThat(ids).contains(ref);
        }
    }

    @Test
    void writing_twice_gives_identical_bytes_with_unix_line_ends(@TempDir Path a, @TempDir Path b) throws IOException {
        byte[] first = Files.readAllBytes(DdiCodebook.write(CodebookFixtures.codebook(), a));
        byte[] second = Files.readAllBytes(DdiCodebook.write(CodebookFixtures.codebook(), b));
        assertThat(first).isEqualTo(second).isEqualTo(bytes);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("</codeBook>\n");
    }

    private String text(String expression) {
        try {
            String value = xpath.evaluate(expression, xml);
            assertThat(count(expression)).as(expression).isEqualTo(1);
            return value;
        } catch (XPathExpressionException e) {
            throw new AssertionError(expression, e);
        }
    }

    private List<String> strings(String expression) {
        NodeList nodes = nodes(expression);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private int count(String expression) {
        return nodes(expression).getLength();
    }

    private NodeList nodes(String expression) {
        try {
            return (NodeList) xpath.evaluate(expression, xml, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new AssertionError(expression, e);
        }
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                names.add(n.getLocalName());
            }
        }
        return names;
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("codebook.xml is not well-formed XML", e);
        }
    }

    private static XPath ddiXPath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "d" -> DdiCodebook.NAMESPACE;
                    case "xml" -> XMLConstants.XML_NS_URI;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
