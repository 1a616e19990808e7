package dk.samspil.ui.app.accounts;

/** A token just created: the only moment its text exists outside the holder's hands. */
public record IssuedToken(String token, ApiToken info) {

    @Override
    public String toString() {
        // a token in a log line would be a working key in the log
        return "IssuedToken[token=hidden, info=" + info + "]";
    }
}
