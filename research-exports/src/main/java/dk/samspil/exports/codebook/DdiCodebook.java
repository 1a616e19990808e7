package dk.samspil.exports.codebook;

import dk.samspil.domain.shared.LocalizedText;
import dk.samspil.exports.xml.XmlWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes codebook.xml in DDI-Codebook 2.5 (namespace ddi:codebook:2_5), elements in the order the
 * 2.5 schema's content models require.
 * <ul>
 *   <li>stdyDscr: the study title, the study key and the as-of position as IDNo, the authors, producer and
 *       distributor ({@link DdiCitation}), the as-of position and time as the citation's version; the study period,
 *       each wave's collection, nation and geography; the agreement's access conditions and licence.</li>
 *   <li>fileDscr per Parquet file (ID F.&lt;file&gt;): name, content in English (fileCont holds one
 *       language; the Danish text is the fileDscr's notes), caseQnty = rows, varQnty = columns.</li>
 *   <li>dataDscr: one var per column (ID V.&lt;file&gt;.&lt;column&gt;) with labl in Danish and English,
 *       measUnit, valrng or catgry for the allowed values, a catgry with missing="Y" for what a null
 *       means, and varFormat with the Parquet type as formatname.</li>
 *   <li>Instrument items: responses.parquet is long (one row per item), so an item is no column of its
 *       own. Each item is written as a var (ID Q.&lt;key&gt;.v&lt;version&gt;.&lt;item&gt;) in that file
 *       with its question text in qstn/qstnLit per language, its scale and dimension; a varGrp per
 *       instrument version lists them. A note on each says which rows of responses.parquet hold it.</li>
 * </ul>
 */
public final class DdiCodebook {

    public static final String FILE = "codebook.xml";
    public static final String NAMESPACE = "ddi:codebook:2_5";
    static final String SCHEMA_LOCATION =
            "ddi:codebook:2_5 http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";
    private static final String AGENCY = "Samspil";

    private DdiCodebook() {
    }

    public static byte[] toBytes(Codebook codebook) {
        XmlWriter x = new XmlWriter();
        x.start("codeBook", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", SCHEMA_LOCATION, "version", "2.5");
        study(x, codebook);
        for (Codebook.DataFile file : codebook.files()) {
            file(x, file);
        }
        x.start("dataDscr");
        for (InstrumentVersion instrument : codebook.instruments()) {
            x.start("varGrp", "ID", groupId(instrument), "name", instrument.ref(), "type", "section",
                    "var", instrument.items().stream().map(i -> itemId(instrument, i)).collect(Collectors.joining(" ")));
            labels(x, "labl", instrument.title());
            x.end();
        }
        for (Codebook.DataFile file : codebook.files()) {
            for (ColumnDescription column : file.table().columns()) {
                column(x, file.table(), column);
            }
        }
        codebook.files().stream().filter(f -> f.file().equals(Columns.RESPONSES.file())).findFirst().ifPresent(responses -> {
            for (InstrumentVersion instrument : codebook.instruments()) {
                for (InstrumentVersion.Item item : instrument.items()) {
                    item(x, responses.table(), instrument, item);
                }
            }
        });
        x.end();
        x.end();
        return x.toBytes();
    }

    /** Writes codebook.xml into the export folder and returns its path. */
    public static Path write(Codebook codebook, Path folder) throws IOException {
        return Files.write(folder.resolve(FILE), toBytes(codebook));
    }

    private static void study(XmlWriter x, Codebook codebook) {
        x.start("stdyDscr").start("citation").start("titlStmt");
        x.leaf("titl", codebook.title());
        x.leaf("IDNo", codebook.study(), "agency", AGENCY + " study");
        x.leaf("IDNo", Long.toString(codebook.asOfPosition()), "agency", AGENCY + " as-of position");
        x.end();
        DdiCitation.statements(x, codebook.citation());
        x.start("verStmt");
        x.leaf("version", "as-of position " + codebook.asOfPosition(), "date", codebook.asOfRecordedAt());
        x.leaf("notes", "Alle tal er beregnet ud fra hændelseshistorikken til og med position " + codebook.asOfPosition()
                + (codebook.asOfRecordedAt() == null ? "" : ", registreret " + codebook.asOfRecordedAt()) + ".",
                "xml:lang", "da");
        x.leaf("notes", "Every figure is computed from the event history up to and including position "
                + codebook.asOfPosition()
                + (codebook.asOfRecordedAt() == null ? "" : ", recorded " + codebook.asOfRecordedAt()) + ".",
                "xml:lang", "en");
        x.end();
        x.end();
        DdiCitation.studyAndAccess(x, codebook.citation());
        x.leaf("notes", "Eksport til partner " + codebook.partner() + " under aftale " + codebook.agreement() + ". Pseudonymisering: "
                + codebook.pseudonymisation()
                + ". Tal bygget på færre end k = " + codebook.k() + " respondenter er undertrykt.", "xml:lang", "da");
        x.leaf("notes", "Export for partner " + codebook.partner() + " under agreement " + codebook.agreement() + ". Pseudonymisation: "
                + codebook.pseudonymisation()
                + ". Figures built from fewer than k = " + codebook.k() + " respondents are suppressed.", "xml:lang", "en");
        x.end();
    }

    private static void file(XmlWriter x, Codebook.DataFile file) {
        x.start("fileDscr", "ID", fileId(file.table()), "URI", file.file());
        x.start("fileTxt");
        x.leaf("fileName", file.file());
        x.leaf("fileCont", file.description().en(), "xml:lang", "en");
        x.start("dimensns");
        x.leaf("caseQnty", Long.toString(file.rows()));
        x.leaf("varQnty", Integer.toString(file.columns().size()));
        x.end();
        x.leaf("fileType", "Apache Parquet");
        x.end();
        x.leaf("notes", file.description().da(), "xml:lang", "da");
        x.end();
    }

    private static void column(XmlWriter x, TableDescription table, ColumnDescription column) {
        x.start("var", "ID", "V." + table.baseName() + "." + column.name(), "name", column.name(),
                "files", fileId(table), "measUnit", column.unit());
        labels(x, "labl", column.meaning());
        if (column.range() != null) {
            range(x, column.range());
        }
        for (Code code : column.values()) {
            x.start("catgry");
            x.leaf("catValu", code.value());
            labels(x, "labl", code.label());
            x.end();
        }
        missing(x, column.missing());
        x.leaf("varFormat", "Parquet " + column.type(), "type", column.type().numeric() ? "numeric" : "character",
                "formatname", column.type().name(), "schema", "other",
                "category", column.type() == ColumnType.DATE ? "date" : null);
        x.end();
    }

    private static void item(XmlWriter x, TableDescription responses, InstrumentVersion instrument, InstrumentVersion.Item item) {
        x.start("var", "ID", itemId(instrument, item), "name", item.key(), "files", fileId(responses));
        labels(x, "labl", item.label());
        for (Map.Entry<String, String> text : List.of(Map.entry("da", item.label().da()), Map.entry("en", item.label().en()))) {
            x.start("qstn", "seqNo", Integer.toString(instrument.items().indexOf(item) + 1));
            x.leaf("qstnLit", text.getValue(), "xml:lang", text.getKey());
            x.end();
        }
        range(x, instrument.scale());
        for (Code point : instrument.scaleLabels()) {
            x.start("catgry");
            x.leaf("catValu", point.value());
            labels(x, "labl", point.label());
            x.end();
        }
        missing(x, Columns.RESPONSES.column("score").orElseThrow().missing());
        if (!item.recode().isEmpty()) {
            x.leaf("codInstr", "score = recode(answer): " + item.recode().entrySet().stream()
                    .map(e -> e.getKey() + "→" + e.getValue()).collect(Collectors.joining(", ")), "xml:lang", "en");
        }
        if (item.dimension() != null) {
            x.leaf("concept", item.dimension(), "vocab", instrument.ref() + " dimensions");
        }
        x.leaf("varFormat", "Parquet " + ColumnType.TINYINT, "type", "numeric", "formatname", ColumnType.TINYINT.name(),
                "schema", "other");
        String where = "instrument = '" + instrument.ref() + "' AND item = '" + item.key() + "'";
        x.leaf("notes", "Langt format: rækkerne i " + responses.file() + " med " + where
                + "; værdien står i score (svaret før omkodning i answer).", "xml:lang", "da");
        x.leaf("notes", "Long format: the rows of " + responses.file() + " with " + where
                + "; the value is in score (the answer before recoding in answer).", "xml:lang", "en");
        x.end();
    }

    private static void range(XmlWriter x, ValueRange range) {
        x.start("valrng");
        x.leaf("range", null, "min", Long.toString(range.min()), "max", Long.toString(range.max()));
        x.end();
    }

    private static void missing(XmlWriter x, Missing missing) {
        if (missing == null) {
            return;
        }
        x.start("catgry", "missing", "Y");
        labels(x, "labl", missing.meaning());
        x.end();
    }

    private static void labels(XmlWriter x, String element, LocalizedText text) {
        x.leaf(element, text.da(), "xml:lang", "da");
        x.leaf(element, text.en(), "xml:lang", "en");
    }

    private static String fileId(TableDescription table) {
        return "F." + table.baseName();
    }

    private static String groupId(InstrumentVersion instrument) {
        return "G." + instrument.ref().replace("@", ".v");
    }

    private static String itemId(InstrumentVersion instrument, InstrumentVersion.Item item) {
        return "Q." + instrument.ref().replace("@", ".v") + "." + item.key();
    }
}
