package dk.samspil.ui.questionnaire;

/**
 * One answer a respondent can pick for an item.
 *
 * @param score the score, or null for "don't know"
 */
record Choice(Integer score) {

    static final Choice DONT_KNOW = new Choice(null);

    /** The radio button's value in the page. */
    String code() {
        return score == null ? "dont-know" : score.toString();
    }
}
