package dk.samspil.ui.app.study;

import dk.samspil.ui.app.accounts.CurrentUser;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Resource;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The access policy applied to studies, where the queries and commands start: a study belongs to
 * an organisation, and the current user may or may not do the operation there.
 */
@Component
public class StudyAccess {

    private final CurrentUser users;
    private final StudyCatalog catalog;

    public StudyAccess(CurrentUser users, StudyCatalog catalog) {
        this.users = users;
        this.catalog = catalog;
    }

    /** The current user, for work that continues on another thread (which has no sign-in of its own). */
    public Principal principal() {
        return users.principal();
    }

    /** Who the current user is, as the history records who asked for something. */
    public String username() {
        return users.principal().username();
    }

    /** @throws AccessPolicy.AccessDenied when the current user may not do it to this study */
    public void require(Operation operation, StudyId study) {
        AccessPolicy.require(users.principal(), operation, resource(study, catalog.organisations()));
    }

    /**
     * Decides exports (the study's organisation and the partner each was made for) for a whole list:
     * one account lookup and one organisation query in all, not one of each per export.
     */
    public BiPredicate<StudyId, PartnerId> allowsExports(Operation operation) {
        Principal who = users.principal();
        Map<StudyId, TenantId> organisations = catalog.organisations();
        return (study, partner) -> AccessPolicy.decide(who, operation, export(study, partner, organisations)).allowed();
    }

    /** @throws AccessPolicy.AccessDenied when the current user may not do it to this export */
    public void require(Operation operation, StudyId study, PartnerId partner) {
        AccessPolicy.require(users.principal(), operation, export(study, partner, catalog.organisations()));
    }

    /**
     * The studies the current user may do the operation to, for pickers and defaults, after refusing
     * an address that names an existing study they may not (an unknown key is left to the caller).
     *
     * @throws AccessPolicy.AccessDenied when {@code named} is such a study
     */
    public List<StudySummary.Named> open(Operation operation, String named, List<StudySummary.Named> studies) {
        return open(users.principal(), catalog.organisations(), operation, named, studies);
    }

    /** The same, for a caller that has read who asks and the studies' organisations already. */
    public List<StudySummary.Named> open(Principal who, Map<StudyId, TenantId> organisations, Operation operation, String named,
                                         List<StudySummary.Named> studies) {
        if (named != null && studies.stream().anyMatch(s -> s.key().equals(named))) {
            AccessPolicy.require(who, operation, resource(StudyId.of(named), organisations));
        }
        return studies.stream()
                .filter(s -> AccessPolicy.decide(who, operation, resource(StudyId.of(s.key()), organisations)).allowed())
                .toList();
    }

    /** Only the studies the current user may do the operation to, for pickers and defaults. */
    public List<StudySummary.Named> visible(Operation operation, List<StudySummary.Named> studies) {
        return open(operation, null, studies);
    }

    /**
     * The studies the current user may do the operation to, or null when they are not limited to
     * studies (an admin), so that views may also show what belongs to no study.
     */
    public Set<StudyId> scope(Operation operation) {
        Principal who = users.principal();
        // whoever may do it to data of no organisation (an admin) is not limited to studies
        if (AccessPolicy.decide(who, operation, Resource.repository()).allowed()) {
            return null;
        }
        Map<StudyId, TenantId> organisations = catalog.organisations();
        return organisations.keySet().stream()
                .filter(study -> AccessPolicy.decide(who, operation, resource(study, organisations)).allowed())
                .collect(Collectors.toSet());
    }

    private static Resource export(StudyId study, PartnerId partner, Map<StudyId, TenantId> organisations) {
        return Resource.export(resource(study, organisations).organisation().orElseThrow(), partner);
    }

    private static Resource resource(StudyId study, Map<StudyId, TenantId> organisations) {
        TenantId organisation = organisations.get(study);
        if (organisation == null) {
            throw new IllegalArgumentException("no study '" + study + "'");
        }
        return Resource.of(organisation);
    }
}
