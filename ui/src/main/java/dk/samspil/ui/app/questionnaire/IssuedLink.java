package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.shared.RespondentId;

/** A respondent's new link; the token exists only here and in what the researcher hands out. */
public record IssuedLink(RespondentId respondent, InvitationToken token) {

    /** Where under the application's base address respondents answer; the questionnaire page is routed there. */
    public static final String PATH = "q";

    /** The address of the respondent's questionnaire page under the application's base address. */
    public String url(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/" + PATH + "/" + token.value();
    }
}
