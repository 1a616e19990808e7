package dk.samspil.domain.shared;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "then" of a decider test that expects a refusal: {@link Rejected}, with the message users see. */
public final class Rejections {

    private Rejections() {
    }

    public static void rejects(ThrowingCallable decision, String message) {
        assertThatThrownBy(decision).isInstanceOf(Rejected.class).hasMessage(message);
    }
}
