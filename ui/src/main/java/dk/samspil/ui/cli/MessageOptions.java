package dk.samspil.ui.cli;

import dk.samspil.ui.app.fieldwork.MessageTemplates;
import picocli.CommandLine.Option;

/** Where the links in a message lead, and the message's language: the options of the commands that hand out links. */
public final class MessageOptions {

    @Option(names = "--base-url", defaultValue = "http://localhost:8080", paramLabel = "URL",
            description = "Address the respondents reach the web application at (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--language", defaultValue = "da", paramLabel = "LANG",
            description = "Language of the messages: da, en, nb or sv (default: ${DEFAULT-VALUE}).")
    String language;

    MessageTemplates.Language language() {
        return language(language);
    }

    /** @throws BadInput naming --language when the value is none of the four */
    static MessageTemplates.Language language(String language) {
        try {
            return MessageTemplates.Language.of(language);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--language: " + e.getMessage());
        }
    }
}
