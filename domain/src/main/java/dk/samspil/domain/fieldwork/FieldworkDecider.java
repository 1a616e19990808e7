package dk.samspil.domain.fieldwork;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;
import java.util.Set;

import static dk.samspil.domain.shared.Checks.knownUnit;
import static dk.samspil.domain.shared.Checks.required;

/** The rule for recording a sending of invitations or reminders: a unit and wave of the study, at least one message. Pure. */
public final class FieldworkDecider {

    private FieldworkDecider() {
    }

    public static List<Object> decide(RecordFieldworkSending c, Set<UnitKey> units, Set<WaveKey> waves) {
        knownUnit(c.unit(), units, "unit");
        if (!waves.contains(c.wave())) {
            throw new Rejected("study " + c.study() + " has no wave '" + c.wave() + "'");
        }
        if (c.count() < 1) {
            throw new Rejected("a sending records at least one message, not " + c.count());
        }
        return List.of(new FieldworkSent(c.study(), c.wave(), c.unit(), required(c.kind(), "the kind of message"), c.count(),
                required(c.template(), "the template"), required(c.sentOn(), "the date of the sending")));
    }
}
