package dk.samspil.ui.app.questionnaire;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a respondent is reached: an e-mail address and, where an SMS gateway is configured, a mobile
 * number. Kept only sealed under the person's key (with their link), never in events, logs or exports.
 *
 * @param email a bare address (no display name), or null
 * @param phone digits with an optional leading +, or null
 */
public record Contact(String email, String phone) {

    public static final Contact NONE = new Contact(null, null);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    public Contact {
        emailProblem(email).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        phoneProblem(phone).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public boolean reachable() {
        return email != null || phone != null;
    }

    /** Why the text is not an e-mail address a relay can deliver to (RFC 822 syntax, a domain with a dot); empty when it is, or null. */
    public static Optional<String> emailProblem(String email) {
        if (email == null) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            address.validate();
            String domain = email.substring(email.lastIndexOf('@') + 1);
            if (address.getPersonal() != null || !address.getAddress().equals(email) || !email.contains("@") || !domain.contains(".")
                    || domain.startsWith(".") || domain.endsWith(".")) {
                return Optional.of("not an e-mail address");
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("not an e-mail address");
        }
    }

    /** Why the text is not a mobile number (8 to 15 digits, an optional leading +, no spaces); empty when it is, or null. */
    public static Optional<String> phoneProblem(String phone) {
        return phone == null || PHONE.matcher(phone).matches() ? Optional.empty()
                : Optional.of("not a mobile number (8 to 15 digits, an optional leading +)");
    }
}
