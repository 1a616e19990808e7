package dk.samspil.exports.xml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlWriterTest {

    @Test
    void escapes_markup_in_labels() {
        assertThat(XmlWriter.escape("a < b & \"c\"", true)).isEqualTo("a &lt; b &amp; &quot;c&quot;");
        assertThat(XmlWriter.escape("x\u0001y", false)).isEqualTo("x\uFFFDy");
    }

    @Test
    void writes_indented_elements_with_attributes_in_the_order_given_and_leaves_out_null_ones() {
        String xml = new XmlWriter().start("graph", "id", "w0", "note", null, "mode", "static")
                .leaf("data", "3.5", "key", "mean").leaf("node", null, "id", "skole").end().finish();

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graph id="w0" mode="static">
                  <data key="mean">3.5</data>
                  <node id="skole"/>
                </graph>
                """);
    }

    @Test
    void minimal_escaping_leaves_quotes_and_line_breaks_in_content_and_uniform_writes_them_as_in_attribute_values() {
        String text = "\"A\" & 'b'\n\tc\r ]]>";

        String minimal = XmlWriter.escape(text, false);
        String uniform = XmlWriter.escape(text, false, XmlWriter.Escaping.UNIFORM);

        assertThat(minimal).isEqualTo("\"A\" &amp; 'b'\n\tc&#13; ]]&gt;");
        assertThat(uniform).isEqualTo("&quot;A&quot; &amp; &apos;b&apos;&#10;&#9;c&#13; ]]&gt;")
                .isEqualTo(XmlWriter.escape(text, true, XmlWriter.Escaping.UNIFORM));
    }

    @ParameterizedTest
    @EnumSource(XmlWriter.Escaping.class)
    void every_character_xml_can_carry_reads_back_unchanged_in_content_and_attributes(XmlWriter.Escaping escaping) throws Exception {
        String text = "Familie & \"venner\" 'x' <b> ]]> tab\there\nline\r\ncr æøå → 😀";

        assertThat(readBack(escaping, text)).containsExactly(text, text);
    }

    @ParameterizedTest
    @EnumSource(XmlWriter.Escaping.class)
    void characters_xml_cannot_carry_become_the_replacement_character_and_the_file_stays_well_formed(XmlWriter.Escaping escaping)
            throws Exception {
        String replaced = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf";

        assertThat(readBack(escaping, "a\u0001b\u001Fc\uFFFEd\uFFFFe\uD800f")).containsExactly(replaced, replaced);
    }

    @Test
    void refuses_to_finish_with_an_element_left_open() {
        XmlWriter x = new XmlWriter().start("r");

        assertThatThrownBy(x::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("r");
    }

    /** The text written as an attribute value and as element content, as a parser reads them back. */
    private static List<String> readBack(XmlWriter.Escaping escaping, String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        byte[] xml = new XmlWriter(escaping).start("r", "label", text).leaf("t", text).end().toBytes();
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        return List.of(root.getAttribute("label"), root.getElementsByTagName("t").item(0).getTextContent());
    }
}
