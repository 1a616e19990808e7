package dk.samspil.domain.shared;

import java.util.List;

/** A command refused with the precise reasons; nothing was recorded. */
public class Rejected extends RuntimeException {

    private final List<String> reasons;

    public Rejected(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public Rejected(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
