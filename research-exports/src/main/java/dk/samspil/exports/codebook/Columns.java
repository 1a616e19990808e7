package dk.samspil.exports.codebook;

import dk.samspil.domain.shared.LocalizedText;

import java.util.List;
import java.util.Optional;

import static dk.samspil.exports.codebook.ColumnDescription.of;
import static dk.samspil.exports.codebook.ColumnType.BIGINT;
import static dk.samspil.exports.codebook.ColumnType.BOOLEAN;
import static dk.samspil.exports.codebook.ColumnType.DATE;
import static dk.samspil.exports.codebook.ColumnType.DOUBLE;
import static dk.samspil.exports.codebook.ColumnType.INTEGER;
import static dk.samspil.exports.codebook.ColumnType.TINYINT;
import static dk.samspil.exports.codebook.ColumnType.VARCHAR;

/**
 * The columns of every Parquet file a research export writes, defined once, in file order.
 * Keep each table in step with its export_*.sql; meanings follow shared/domain/measures.md.
 */
public final class Columns {

    private Columns() {
    }

    private static final Missing DONT_KNOW = Missing.coded('d', -1,
            "tom (null) = ved ikke / ikke relevant; indgår aldrig i gennemsnit eller antal, og er aldrig 0",
            "null = don't know / not relevant; never part of a mean or count, and never 0");
    private static final Missing SUPPRESSED = Missing.coded('s', -2,
            "tom (null) = undertrykt, fordi tallet bygger på færre end k respondenter (se suppressed og k)",
            "null = suppressed because fewer than k respondents back it (see suppressed and k)");
    private static final Missing NOT_RELATIONAL = Missing.coded('n', -3,
            "tom (null) = ikke-relationelt instrument (besvarelsen vurderer ikke en gruppe eller person)",
            "null = non-relational instrument (the answer rates no group or person)");
    private static final Missing NOT_RELATIONAL_TEXT = Missing.ofNull(NOT_RELATIONAL.meaning().da(), NOT_RELATIONAL.meaning().en());
    private static final Missing CITIZEN = Missing.coded('c', -4,
            "tom (null) = en borger, der besvarer et borgerinstrument (borgere har ingen faggruppe)",
            "null = a citizen answering a citizen instrument (citizens have no professional group)");

    private static final Code[] TARGET_KINDS = {
            Code.of("group", "en faggruppe; target er gruppens nøgle", "a professional group; target is the group key"),
            Code.of("person", "en person i en sagsmatrix; target er et partnerpseudonym (p-…)",
                    "a person in a case matrix; target is a partner pseudonym (p-…)")};
    private static final Code[] SUPPRESSED_CODES = {
            Code.of("true", "undertrykt: bygger på færre end k respondenter; værdien er tom",
                    "suppressed: fewer than k respondents; the value is null"),
            Code.of("false", "vist: bygger på mindst k respondenter", "shown: at least k respondents")};

    private static ColumnDescription study() {
        return of("study", VARCHAR, "Studiets nøgle (som i study.json)", "Study key (as in study.json)");
    }

    private static ColumnDescription wave() {
        return of("wave", VARCHAR, "Målingens nøgle (wave i study.json)", "Wave key (as in study.json)");
    }

    private static ColumnDescription instrument() {
        return of("instrument", VARCHAR, "Instrumentversion, skrevet nøgle@version (fx rk@1); se instruments i kodebogen",
                "Instrument version, written key@version (e.g. rk@1); see instruments in the codebook");
    }

    private static ColumnDescription n(String da, String en) {
        return of("n", INTEGER, da, en).withUnit("respondents");
    }

    private static ColumnDescription suppressed() {
        return of("suppressed", BOOLEAN, "Om værdien er undertrykt, fordi n < k", "Whether the value is suppressed because n < k")
                .withValues(SUPPRESSED_CODES);
    }

    private static ColumnDescription k() {
        return of("k", INTEGER, "Den mindste n, der vises (undertrykkelsesgrænsen brugt i denne eksport)",
                "The smallest n that is shown (the suppression threshold used in this export)").withUnit("respondents");
    }

    public static final TableDescription RESPONSES = new TableDescription("responses.parquet",
            text("Svar på itemniveau (langt format): én række pr. besvaret item i hvert spørgeskema, der er gældende"
                            + " på as-of-positionen (rettelser erstatter tidligere versioner).",
                    "Item-level responses (long format): one row per answered item of each questionnaire valid at the"
                            + " as-of position (corrections replace earlier versions)."),
            List.of(study(), wave(), instrument(),
                    of("respondent", VARCHAR, "Respondentens pseudonym for denne partner (r- + 16 hex-cifre)",
                            "The respondent's pseudonym for this partner (r- + 16 hex digits)"),
                    of("respondent_group", VARCHAR, "Respondentens faggruppe ved målingen (gruppenøgle)",
                            "The respondent's professional group at that wave (group key)").withMissing(CITIZEN),
                    of("respondent_unit", VARCHAR, "Respondentens enhed ved målingen (enhedsnøgle)",
                            "The respondent's unit at that wave (unit key)"),
                    of("collected_on", DATE, "Dato, hvor svaret blev givet (gyldighedstid)", "Date the answer was given (valid time)"),
                    of("target_kind", VARCHAR, "Hvad der vurderes", "What is rated")
                            .withValues(TARGET_KINDS).withMissing(NOT_RELATIONAL),
                    of("target", VARCHAR, "Det vurderede: gruppenøgle (target_kind = group) eller personpseudonym (person)",
                            "What is rated: group key (target_kind = group) or person pseudonym (person)")
                            .withMissing(NOT_RELATIONAL_TEXT),
                    of("case", VARCHAR, "Borgersagens pseudonym for denne partner (c- + 16 hex-cifre)",
                            "The citizen case's pseudonym for this partner (c- + 16 hex digits)")
                            .withMissing(Missing.ofNull("tom (null) = svaret hører ikke til en sag", "null = the answer belongs to no case")),
                    of("item", VARCHAR, "Itemnøgle i instrumentet; spørgsmålstekst under instruments i kodebogen",
                            "Item key of the instrument; question text under instruments in the codebook"),
                    of("answer", TINYINT, "Svaret som givet, på instrumentets skala (typisk 1–5)",
                            "The answer as given, on the instrument's scale (typically 1–5)").withMissing(DONT_KNOW),
                    of("score", TINYINT, "Hvad svaret tæller som i alle gennemsnit: answer efter itemets omkodning"
                                    + " (fx RC's hyppighed, hvor passende er bedst); lig answer uden omkodning",
                            "What the answer counts as in every mean: answer after the item's recode (e.g. RC's"
                                    + " frequency, where just right is best); equal to answer without a recode")
                            .withMissing(DONT_KNOW),
                    of("recorded_position", BIGINT, "Hændelseslagerets position, der registrerede denne version af spørgeskemaet"
                                    + " (≤ as-of-positionen)",
                            "Event-store position that recorded this version of the questionnaire (≤ the as-of position)")));

    public static final TableDescription RELATION_CELLS = new TableDescription("relation_cells.parquet",
            text("Relationsmatricens celler pr. måling og relationelt instrument: faggruppe G's vurdering af faggruppe T.",
                    "Relation matrix cells per wave and relational instrument: rater group G's rating of target group T."),
            List.of(wave(), instrument(),
                    of("rater_group", VARCHAR, "G: de vurderende respondenters faggruppe ved målingen",
                            "G: the raters' professional group at that wave"),
                    of("target_group", VARCHAR, "T: den vurderede faggruppe; G = T er cellen inden for gruppen",
                            "T: the rated professional group; G = T is the within-group cell"),
                    of("mean", DOUBLE, "Gennemsnit over respondenter i G af deres respondentscore for T (respondentscore ="
                                    + " gennemsnit af respondentens ikke-manglende itemscores for T); urundet",
                            "Mean over respondents in G of their respondent score for T (respondent score = mean of the"
                                    + " respondent's non-missing item scores for T); unrounded").withMissing(SUPPRESSED),
                    n("Antal respondenter i G med en respondentscore for T", "Number of respondents in G with a respondent score for T"),
                    of("band", VARCHAR, "Farvebånd for mean (sammenlignet med det urundede gennemsnit)",
                            "Colour band of mean (compared on the unrounded mean)")
                            .withValues(
                                    Code.of("high", "høj: inden for gruppen mean > 4,5; mellem grupper mean > 4,0",
                                            "high: within group mean > 4.5; between groups mean > 4.0"),
                                    Code.of("middle", "mellem: inden for 4,0 ≤ mean ≤ 4,5; mellem grupper 3,5 ≤ mean ≤ 4,0",
                                            "middle: within 4.0 <= mean <= 4.5; between groups 3.5 <= mean <= 4.0"),
                                    Code.of("low", "lav: inden for gruppen mean < 4,0; mellem grupper mean < 3,5",
                                            "low: within group mean < 4.0; between groups mean < 3.5"))
                            .withMissing(SUPPRESSED),
                    suppressed(), k()));

    public static final TableDescription RESPONDENT_SCORES = new TableDescription("respondent_scores.parquet",
            text("Respondentscorer: én række pr. respondent, måling, instrument, target og sag (ingen target for"
                            + " ikke-relationelle instrumenter); respondenter uden ikke-manglende item for et target har ingen række.",
                    "Respondent scores: one row per respondent, wave, instrument, target and case (no target for non-relational"
                            + " instruments); a respondent with no non-missing item for a target has no row."),
            List.of(study(), wave(), instrument(),
                    of("respondent", VARCHAR, "Respondentens pseudonym for denne partner (som i responses.parquet)",
                            "The respondent's pseudonym for this partner (as in responses.parquet)"),
                    of("respondent_group", VARCHAR, "Respondentens faggruppe ved målingen", "The respondent's professional group at that wave")
                            .withMissing(CITIZEN),
                    of("respondent_unit", VARCHAR, "Respondentens enhed ved målingen", "The respondent's unit at that wave"),
                    of("target_kind", VARCHAR, "Hvad der vurderes", "What is rated").withValues(TARGET_KINDS).withMissing(NOT_RELATIONAL),
                    of("target", VARCHAR, "Det vurderede: gruppenøgle eller personpseudonym", "What is rated: group key or person pseudonym")
                            .withMissing(NOT_RELATIONAL_TEXT),
                    of("case", VARCHAR, "Borgersagens pseudonym for denne partner (som i responses.parquet)",
                            "The citizen case's pseudonym for this partner (as in responses.parquet)")
                            .withMissing(Missing.ofNull("tom (null) = scoren hører ikke til en sag", "null = the score belongs to no case")),
                    of("score", DOUBLE, "Gennemsnit af respondentens ikke-manglende itemscores (score i responses.parquet)"
                                    + " for dette target; på instrumentets skala; urundet",
                            "Mean of the respondent's non-missing item scores (score in responses.parquet) for that"
                                    + " target; on the instrument's scale; unrounded"),
                    of("n_items", INTEGER, "Antal ikke-manglende itemscores bag score (≥ 1)",
                            "Number of non-missing item scores behind score (>= 1)").withUnit("items")));

    public static final TableDescription UNIT_INDICES = new TableDescription("unit_indices.parquet",
            text("Enhedsindeks pr. måling, instrument, afgrænsning og enhed.",
                    "Unit indices per wave, instrument, scope and unit."),
            List.of(wave(), instrument(),
                    of("scope", VARCHAR, "Hvilke rækker indekset bygger på", "Which rows the index is built from").withValues(
                            Code.of("all", "alle targets (enhedsindekset)", "all targets (the unit index)"),
                            Code.of("between", "kun rækker, hvor targetgruppen er en anden end respondentens gruppe"
                                            + " (RK-indeks mellem grupper)",
                                    "only rows whose target group differs from the respondent's group (between-group RK index)"),
                            Code.of("within", "kun rækker, hvor targetgruppen er respondentens egen gruppe",
                                    "only rows whose target group is the respondent's own group")),
                    of("unit", VARCHAR, "Enhedsnøgle (respondentens enhed ved målingen)", "Unit key (the respondent's unit at that wave)"),
                    of("mean", DOUBLE, "Gennemsnit over respondenter i enheden af deres gennemsnit over alle deres ikke-manglende"
                                    + " itemscores for instrumentet inden for scope (alle targets samlet); urundet",
                            "Mean over respondents in the unit of their mean over all their non-missing item scores of the"
                                    + " instrument within scope (all targets together); unrounded").withMissing(SUPPRESSED),
                    n("Antal respondenter i enheden med mindst én ikke-manglende itemscore inden for scope",
                            "Number of respondents in the unit with at least one non-missing item score within scope"),
                    suppressed(), k()));

    public static final TableDescription INTERVENTIONS = new TableDescription("interventions.parquet",
            text("Indsatser (som i interventions.csv), én række pr. indsats.",
                    "Interventions (as in interventions.csv), one row per intervention."),
            List.of(of("intervention", VARCHAR, "Indsatsens nøgle", "Intervention key"),
                    of("type", VARCHAR, "Indsatstype", "Intervention type").withValues(
                            Code.of("raadgivende_team", "rådgivende team", "advisory team"),
                            Code.of("handleteam", "handleteam", "action team"),
                            Code.of("proevehandling", "prøvehandling", "trial action"),
                            Code.of("temadag", "temadag", "theme day"),
                            Code.of("koordinationsteam", "koordinationsteam", "coordination team"),
                            Code.of("other", "anden", "other")),
                    of("title", VARCHAR, "Indsatsens titel", "Intervention title"),
                    of("units", VARCHAR, "Enheder, indsatsen gælder (enhedsnøgler adskilt af ;)",
                            "Units the intervention covers (unit keys separated by ;)"),
                    of("target_groups", VARCHAR, "Faggrupper, indsatsen retter sig mod (gruppenøgler adskilt af ;)",
                            "Professional groups the intervention targets (group keys separated by ;)")
                            .withMissing(Missing.ofNull("tom (null) = ingen bestemte grupper", "null = no particular groups")),
                    of("status", VARCHAR, "Status på as-of-positionen", "Status at the as-of position").withValues(
                            Code.of("running", "i gang (ikke afsluttet)", "running (not ended)"),
                            Code.of("ended", "afsluttet", "ended")),
                    of("started_on", DATE, "Startdato; indgår som behandling i målinger med opens_on på eller efter denne dato",
                            "Start date; counts as treatment for waves whose opens_on is on or after it"),
                    of("ended_on", DATE, "Slutdato", "End date")
                            .withMissing(Missing.codedDate('r', "tom (null) = stadig i gang", "null = still running"))));

    public static final TableDescription ORG_CHANGES = new TableDescription("org_changes.parquet",
            text("Organisatoriske ændringer (som i org_changes.csv), én række pr. ændring.",
                    "Organisational changes (as in org_changes.csv), one row per change."),
            List.of(of("change", VARCHAR, "Ændringens art", "Kind of change").withValues(
                            Code.of("unit_created", "enhed oprettet", "unit created"),
                            Code.of("unit_renamed", "enhed omdøbt", "unit renamed"),
                            Code.of("unit_merged", "enhed lagt sammen med other_unit", "unit merged into other_unit"),
                            Code.of("unit_split", "other_unit udskilt fra enheden", "other_unit split off from the unit"),
                            Code.of("unit_closed", "enhed nedlagt", "unit closed"),
                            Code.of("leader_changed", "lederskifte", "leader changed"),
                            Code.of("staff_turnover", "personaleomsætning", "staff turnover"),
                            Code.of("policy_changed", "ændret politik", "policy changed")),
                    of("unit", VARCHAR, "Enheden, ændringen gælder (enhedsnøgle)", "The unit the change concerns (unit key)"),
                    of("other_unit", VARCHAR, "Den anden enhed ved sammenlægning eller udskillelse",
                            "The other unit of a merge or split")
                            .withMissing(Missing.coded('o', -7, "tom (null) = ændringen gælder kun én enhed", "null = the change concerns one unit only")),
                    of("effective_on", DATE, "Dato, ændringen gælder fra", "Date the change takes effect"),
                    of("note", VARCHAR, "Fritekstnote", "Free-text note")
                            .withMissing(Missing.ofNull("tom (null) = ingen note", "null = no note"))));

    public static final TableDescription CITIZEN_OUTCOMES = new TableDescription("citizen_outcomes.parquet",
            text("Borgerudfald aggregeret pr. enhed, måned og udfald (aldrig pr. borger).",
                    "Citizen outcomes aggregated per unit, month and outcome (never per citizen)."),
            List.of(of("unit", VARCHAR, "Enhedsnøgle", "Unit key"),
                    of("month", DATE, "Måneden, målingerne faldt i, skrevet som månedens første dag",
                            "The month the measurements fell in, written as its first day"),
                    of("outcome", VARCHAR, "Udfaldets nøgle (som i outcomes.csv, fx age_at_family_relief_start i år,"
                                    + " months_from_concern_to_help i måneder)",
                            "Outcome key (as in outcomes.csv, e.g. age_at_family_relief_start in years,"
                                    + " months_from_concern_to_help in months)"),
                    of("mean", DOUBLE, "Gennemsnit af borgernes målte værdier i enheden og måneden, i udfaldets egen enhed; urundet",
                            "Mean of the citizens' measured values in the unit and month, in the outcome's own unit; unrounded")
                            .withUnit("the outcome's unit").withMissing(SUPPRESSED),
                    of("n", INTEGER, "Antal målinger bag mean", "Number of measurements behind mean").withUnit("measurements"),
                    suppressed(), k()));

    /** Every file in the order an export lists them. */
    public static final List<TableDescription> ALL = List.of(
            RESPONSES, RELATION_CELLS, RESPONDENT_SCORES, UNIT_INDICES, INTERVENTIONS, ORG_CHANGES, CITIZEN_OUTCOMES);

    public static Optional<TableDescription> table(String file) {
        return ALL.stream().filter(t -> t.file().equals(file)).findFirst();
    }

    private static LocalizedText text(String da, String en) {
        return LocalizedText.of(da, en);
    }
}
