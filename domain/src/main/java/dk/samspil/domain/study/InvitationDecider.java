package dk.samspil.domain.study;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;
import java.util.Set;

import static dk.samspil.domain.shared.Checks.knownUnit;
import static dk.samspil.domain.shared.Checks.required;

/** The rule for recording links issued: a unit and wave of the study, at least one link. Pure. */
final class InvitationDecider {

    private InvitationDecider() {
    }

    static List<Object> decide(IssueInvitations c, Set<UnitKey> units, Set<WaveKey> waves) {
        knownUnit(c.unit(), units, "unit");
        if (!waves.contains(c.wave())) {
            throw new Rejected("study " + c.study() + " has no wave '" + c.wave() + "'");
        }
        if (c.count() < 1) {
            throw new Rejected("at least one invitation is issued, not " + c.count());
        }
        return List.of(new InvitationsIssued(c.study(), c.wave(), c.unit(), c.count(), required(c.issuedOn(), "the date the links were issued")));
    }
}
