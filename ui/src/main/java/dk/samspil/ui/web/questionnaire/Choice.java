package dk.samspil.ui.web.questionnaire;

/**
 * One answer a respondent can pick for an item.
 *
 * @param score the score, or null for "don't know"
 */
public record Choice(Integer score) {

    public static final Choice DONT_KNOW = new Choice(null);

    /** The radio button's value in the page. */
    public String code() {
        return score == null ? "dont-know" : score.toString();
    }
}
