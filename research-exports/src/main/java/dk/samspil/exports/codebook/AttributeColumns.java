package dk.samspil.exports.codebook;

import dk.samspil.domain.shared.LocalizedText;
import dk.samspil.domain.study.AttributeSpec;

import java.util.ArrayList;
import java.util.List;

import static dk.samspil.exports.codebook.ColumnDescription.of;
import static dk.samspil.exports.codebook.ColumnType.DATE;
import static dk.samspil.exports.codebook.ColumnType.VARCHAR;

/**
 * The background attribute files of an export, wide: one column per attribute of the study, holding the value's key,
 * with the attribute's labels as the column's meaning and its values' labels as the column's codes. Their columns
 * depend on the study, so they are described per export rather than once in {@link Columns}.
 */
public final class AttributeColumns {

    public static final String RESPONDENTS = "respondent_attributes.parquet";
    public static final String CITIZENS = "citizen_attributes.parquet";

    private static final Missing NOT_STATED = Missing.coded('u', -5, "tom (null) = ingen værdi angivet", "null = no value stated");

    private AttributeColumns() {
    }

    /** The column an attribute is written to: a name Stata, SPSS and R take as it is ('-' is not one of them). */
    public static String column(AttributeSpec attribute) {
        return "attr_" + attribute.key().value().replace('-', '_');
    }

    /** respondent_attributes.parquet: one row per wave and respondent with any value stated, one column per respondent attribute. */
    public static TableDescription respondents(List<AttributeSpec> attributes) {
        return table(RESPONDENTS, LocalizedText.of(
                        "Respondenternes baggrundsoplysninger (study.json's attributes), bredt format: én række pr. måling og respondent"
                                + " med mindst én angivet værdi, én kolonne pr. oplysning med værdiens nøgle.",
                        "The respondents' background attributes (study.json's attributes), wide: one row per wave and respondent with at"
                                + " least one value stated, one column per attribute holding the value's key."),
                List.of(of("wave", VARCHAR, "Målingens nøgle; værdierne gælder respondenten ved denne måling",
                                "Wave key; the values are the respondent's at that wave"),
                        of("respondent", VARCHAR, "Respondentens pseudonym for denne partner (som i responses.parquet)",
                                "The respondent's pseudonym for this partner (as in responses.parquet)")),
                attributes, AttributeSpec.AppliesTo.RESPONDENT, LocalizedText.of("respondentens værdi ved målingen", "the respondent's value at that wave"));
    }

    /** citizen_attributes.parquet: one row per citizen and day a value changed, each column the value valid from that day. */
    public static TableDescription citizens(List<AttributeSpec> attributes) {
        return table(CITIZENS, LocalizedText.of(
                        "Borgernes baggrundsoplysninger (study.json's attributes) over tid: én række pr. borger og dato, hvor en værdi"
                                + " ændrede sig, én kolonne pr. oplysning med den værdi, der gjaldt fra den dato.",
                        "The citizens' background attributes (study.json's attributes) over time: one row per citizen and date a value"
                                + " changed, one column per attribute holding the value valid from that date."),
                List.of(of("citizen", VARCHAR, "Borgerens pseudonym for denne partner (som case i responses.parquet)",
                                "The citizen's pseudonym for this partner (as case in responses.parquet)"),
                        of("valid_from", DATE, "Dato, hvorfra rækkens værdier gælder (til borgerens næste række); den første i måneden,"
                                        + " når eksporten grovinddeler datoer",
                                "Date from which the row's values hold (until the citizen's next row); the first of the month when the"
                                        + " export coarsens dates")),
                attributes, AttributeSpec.AppliesTo.CITIZEN, LocalizedText.of("borgerens værdi fra valid_from", "the citizen's value from valid_from"));
    }

    /** The study column, the file's own columns, then one column per attribute of the kind. */
    private static TableDescription table(String file, LocalizedText description, List<ColumnDescription> keys, List<AttributeSpec> attributes,
                                          AttributeSpec.AppliesTo about, LocalizedText whose) {
        List<ColumnDescription> columns = new ArrayList<>();
        columns.add(of("study", VARCHAR, "Studiets nøgle (som i study.json)", "Study key (as in study.json)"));
        columns.addAll(keys);
        attributes.stream().filter(a -> a.appliesTo() == about).forEach(a -> columns.add(attribute(a, whose)));
        return new TableDescription(file, description, columns);
    }

    private static ColumnDescription attribute(AttributeSpec attribute, LocalizedText whose) {
        Code[] codes = attribute.values().stream()
                .map(v -> new Code(v.key(), LocalizedText.of(v.label().da(), v.label().en()))).toArray(Code[]::new);
        return new ColumnDescription(column(attribute), VARCHAR, LocalizedText.of(
                attribute.label().da() + " (" + attribute.key() + "): " + whose.da(),
                attribute.label().en() + " (" + attribute.key() + "): " + whose.en()), null, List.of(codes), null, NOT_STATED);
    }
}
