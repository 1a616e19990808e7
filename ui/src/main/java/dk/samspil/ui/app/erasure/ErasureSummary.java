package dk.samspil.ui.app.erasure;

import dk.samspil.domain.shared.TenantId;

import java.util.List;

/**
 * What ./samspil erase reports, whether it erased itself or asked the serving application: the
 * organisations the person was erased in, the questionnaire links deleted, the position, whether
 * the read model was rebuilt, and whether the event-store file was rewritten already (the command
 * line, PostgreSQL) or is at the application's next start (embedded H2 while serving).
 */
public record ErasureSummary(List<String> organisations, int links, long position, boolean rebuilt, boolean whileServing,
                             boolean compactedNow) {

    public static ErasureSummary of(Erasure.Erased erased, boolean whileServing, boolean compactedNow) {
        return new ErasureSummary(erased.people().keySet().stream().map(TenantId::value).toList(), erased.links(), erased.position(),
                erased.rebuild().isPresent(), whileServing, compactedNow);
    }

    /** One line, e.g. "erased respondent p7 in 1 organisation(s) [k] with 0 questionnaire link(s) at position 9; ..." */
    public String describe(String what, String id) {
        return "erased %s %s in %d organisation(s) %s with %d questionnaire link(s) at position %d%s; %s; %s".formatted(what, id,
                organisations.size(), organisations, links, position, whileServing ? " while the application served" : "",
                rebuilt ? "the read model was rebuilt without them" : "no answers of theirs were stored, so the read model is unchanged",
                compactedNow ? "the event store was rewritten" : "the event-store file is rewritten at the application's next start");
    }
}
