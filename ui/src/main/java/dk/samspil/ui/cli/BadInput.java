package dk.samspil.ui.cli;

/** Input the user can fix (unknown study, malformed bundle): exit code 1, the message on stderr. */
final class BadInput extends RuntimeException {

    BadInput(String message) {
        super(message);
    }
}
