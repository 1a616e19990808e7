package dk.samspil.domain.access;

import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every role × every operation × own vs other organisation (or partner), against a grid written out by hand. */
class AccessPolicyTest {

    private static final TenantId OWN = TenantId.of("aarhus");
    private static final TenantId OTHER = TenantId.of("odense");
    private static final PartnerId AAU = PartnerId.of("aau");
    private static final PartnerId KU = PartnerId.of("ku");

    // Y = allowed, N = denied; first letter: own organisation (own partner), second: another one.
    // RESEARCHER+ is a researcher an admin granted person-level access to the own organisation.
    private static final String GRID = """
            operation               ADMIN  RESEARCHER+  RESEARCHER  PROGRAMME_MANAGER  PARTNER
            VIEW_OVERVIEW           YY     YN           YN          YN                 NN
            VIEW_MATRIX             YY     YN           YN          YN                 NN
            VIEW_NETWORK            YY     YN           YN          YN                 NN
            VIEW_PROFILE            YY     YN           YN          YN                 NN
            VIEW_TIMELINE           YY     YN           YN          YN                 NN
            VIEW_EFFECTS            YY     YN           YN          YN                 NN
            VIEW_HISTORY            YY     YN           YN          YN                 NN
            VIEW_CASE_MATRIX        YY     YN           NN          NN                 NN
            RELEASE_WAVE            YY     YN           YN          NN                 NN
            RUN_FIELDWORK           YY     YN           YN          NN                 NN
            REGISTER_INTERVENTION   YY     NN           NN          YN                 NN
            REGISTER_CHANGE         YY     NN           NN          YN                 NN
            IMPORT_BUNDLE           YY     YN           YN          NN                 NN
            EXPORT_RESEARCH         YY     YN           NN          NN                 NN
            DOWNLOAD_EXPORT         YY     YN           NN          NN                 YN
            ERASE_PERSON            YY     NN           NN          NN                 NN
            MANAGE_USERS            YY     NN           NN          NN                 NN
            REVIEW_ACCESS_LOG       YY     NN           NN          NN                 NN
            """;

    @Test
    void every_role_operation_and_organisation_is_decided_as_the_grid_says() {
        List<String> lines = GRID.lines().toList();
        List<String> roles = Arrays.stream(lines.getFirst().trim().split("\\s+")).skip(1).toList();
        assertThat(roles.stream().map(r -> Role.valueOf(r.replace("+", ""))).distinct()).containsExactlyInAnyOrder(Role.values());
        EnumSet<Operation> covered = EnumSet.noneOf(Operation.class);
        List<String> wrong = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Operation operation = Operation.valueOf(cells[0]);
            covered.add(operation);
            for (int r = 0; r < roles.size(); r++) {
                Principal who = roles.get(r).endsWith("+") ? principal(Role.RESEARCHER).withPersonLevel(Set.of(OWN))
                        : principal(Role.valueOf(roles.get(r)));
                for (int side = 0; side < 2; side++) {
                    boolean expected = cells[r + 1].charAt(side) == 'Y';
                    AccessPolicy.Decision decision = AccessPolicy.decide(who, operation, resource(operation, side == 0));
                    if (decision.allowed() != expected) {
                        wrong.add(operation + " " + roles.get(r) + (side == 0 ? " own" : " other") + ": " + decision);
                    }
                    assertThat(decision.reason()).isNotBlank();
                }
            }
        }
        assertThat(covered).as("operations in the grid").containsExactlyInAnyOrder(Operation.values());
        assertThat(wrong).as("cells decided otherwise than the grid").isEmpty();
    }

    @Test
    void only_admins_and_researchers_granted_person_level_access_read_every_moment() {
        assertThat(Arrays.stream(Role.values()).filter(role -> AccessPolicy.readsEveryMoment(principal(role), OWN)))
                .containsExactly(Role.ADMIN);
        Principal granted = principal(Role.RESEARCHER).withPersonLevel(Set.of(OWN));
        assertThat(AccessPolicy.readsEveryMoment(granted, OWN)).isTrue();
        assertThat(AccessPolicy.readsEveryMoment(granted, OTHER)).as("a grant reaches only its organisation").isFalse();
        // a grant for an organisation the account is not a researcher of gives nothing there
        assertThat(AccessPolicy.readsEveryMoment(principal(Role.RESEARCHER).withPersonLevel(Set.of(OTHER)), OTHER)).isFalse();
        assertThat(AccessPolicy.decide(principal(Role.RESEARCHER).withPersonLevel(Set.of(OTHER)), Operation.VIEW_CASE_MATRIX,
                Resource.of(OTHER)).allowed()).isFalse();
    }

    @Test
    void a_denial_says_who_what_and_why() {
        Principal manager = principal(Role.PROGRAMME_MANAGER);
        assertThatThrownBy(() -> AccessPolicy.require(manager, Operation.VIEW_MATRIX, Resource.of(OTHER)))
                .isInstanceOf(AccessPolicy.AccessDenied.class)
                .hasMessage("pm may not view matrix: organisation odense is not granted to pm");
        AccessPolicy.require(manager, Operation.VIEW_MATRIX, Resource.of(OWN));
    }

    @Test
    void accounts_that_cannot_be_scoped_are_refused() {
        assertThatThrownBy(() -> new Principal("p", Role.PARTNER, Set.of(), Optional.empty())).hasMessageContaining("names no partner");
        assertThatThrownBy(() -> new Principal("m", Role.PROGRAMME_MANAGER, Set.of(OWN, OTHER), Optional.empty()))
                .hasMessageContaining("exactly one organisation");
    }

    @Test
    void person_level_reads_and_exports_are_the_recorded_operations() {
        assertThat(EnumSet.allOf(Operation.class).stream().filter(Operation::recorded))
                .containsExactlyInAnyOrder(Operation.VIEW_CASE_MATRIX, Operation.EXPORT_RESEARCH, Operation.DOWNLOAD_EXPORT);
    }

    private static Principal principal(Role role) {
        return switch (role) {
            case ADMIN -> new Principal("admin", role, Set.of(), Optional.empty());
            case RESEARCHER -> new Principal("researcher", role, Set.of(OWN), Optional.empty());
            case PROGRAMME_MANAGER -> new Principal("pm", role, Set.of(OWN), Optional.empty());
            case PARTNER -> new Principal("partner", role, Set.of(), Optional.of(AAU));
        };
    }

    /** The own side is the principal's organisation (and, for downloads, partner aau's export); the other side is neither. */
    private static Resource resource(Operation operation, boolean own) {
        return switch (operation) {
            case MANAGE_USERS, REVIEW_ACCESS_LOG -> Resource.repository();
            case DOWNLOAD_EXPORT -> own ? Resource.export(OWN, AAU) : Resource.export(OTHER, KU);
            default -> Resource.of(own ? OWN : OTHER);
        };
    }
}
