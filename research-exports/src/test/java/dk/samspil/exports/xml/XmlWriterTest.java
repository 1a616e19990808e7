package dk.samspil.exports.xml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;

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
    void leaves_quotes_apostrophes_and_line_breaks_in_content_as_they_are() {
        assertThat(XmlWriter.escape("\"A\" & 'b'\n\tc", false)).isEqualTo("\"A\" &amp; 'b'\n\tc");
        assertThat(XmlWriter.escape("x ]]> y", false)).isEqualTo("x ]]&gt; y");
    }

    @Test
    void uniform_escaping_writes_content_as_attribute_values_with_apostrophes_too() {
        assertThat(XmlWriter.escape("\"A\" & 'b'\n\tc\r", false, XmlWriter.Escaping.UNIFORM))
                .isEqualTo("&quot;A&quot; &amp; &apos;b&apos;&#10;&#9;c&#13;")
                .isEqualTo(XmlWriter.escape("\"A\" & 'b'\n\tc\r", true, XmlWriter.Escaping.UNIFORM));
    }

    @ParameterizedTest
    @EnumSource(XmlWriter.Escaping.class)
    void every_character_xml_can_carry_reads_back_unchanged_in_content_and_attributes(XmlWriter.Escaping escaping) throws Exception {
        String text = "Familie & \"venner\" 'x' <b> ]]> tab\there\nline\r\ncr æøå → 😀";

        Element root = parse(new XmlWriter(escaping).start("r", "label", text).leaf("t", text).end().toBytes()).getDocumentElement();

        assertThat(root.getAttribute("label")).isEqualTo(text);
        assertThat(root.getElementsByTagName("t").item(0).getTextContent()).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(XmlWriter.Escaping.class)
    void characters_xml_cannot_carry_become_the_replacement_character_and_the_file_stays_well_formed(XmlWriter.Escaping escaping)
            throws Exception {
        String text = "a\u0001b\u001Fc\uFFFEd\uFFFFe\uD800f";

        Element root = parse(new XmlWriter(escaping).start("r", "label", text).leaf("t", text).end().toBytes()).getDocumentElement();

        assertThat(root.getAttribute("label")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
        assertThat(root.getElementsByTagName("t").item(0).getTextContent()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    }

    @Test
    void refuses_to_finish_with_an_element_left_open() {
        XmlWriter x = new XmlWriter().start("r");

        assertThatThrownBy(x::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("r");
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
