package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How people sign in to this installation ({@code samspil.sign-in.*}); the identity provider itself is Spring
 * Boot's {@code spring.security.oauth2.client.*} registration.
 *
 * @param localAccounts     whether Samspil's own accounts (username and password) may sign in; default true
 * @param usernameClaim     the ID token claim that names the user in Samspil; default preferred_username
 * @param rolesFrom         whether the identity provider's claims decide roles and organisations at every sign-in,
 *                          or an admin grants them to a user who has signed in once; default admin
 * @param roleClaim         the claim whose value(s) name the role; default samspil_role
 * @param organisationClaim the claim whose value(s) name the organisations granted; default samspil_organisations
 * @param partnerClaim      the claim naming a partner account's partner; default samspil_partner
 * @param roleValues        the provider's role values and the roles they mean (e.g. role-values.forsker=researcher);
 *                          the role names themselves (admin, researcher, programme-manager, partner) always count
 * @param admins            the provider's users (as the username claim names them) who administer this installation
 *                          from their first sign-in, whatever their claims: how an installation without local
 *                          accounts gets its first admin
 */
@ConfigurationProperties(prefix = "samspil.sign-in")
public record SignInSettings(Boolean localAccounts, String usernameClaim, RolesFrom rolesFrom, String roleClaim, String organisationClaim,
                             String partnerClaim, Map<String, String> roleValues, List<String> admins) {

    /** Who decides an identity provider's user's role. */
    public enum RolesFrom {
        CLAIMS, ADMIN
    }

    public SignInSettings {
        localAccounts = localAccounts == null || localAccounts;
        usernameClaim = orDefault(usernameClaim, "preferred_username");
        rolesFrom = rolesFrom == null ? RolesFrom.ADMIN : rolesFrom;
        roleClaim = orDefault(roleClaim, "samspil_role");
        organisationClaim = orDefault(organisationClaim, "samspil_organisations");
        partnerClaim = orDefault(partnerClaim, "samspil_partner");
        roleValues = roleValues == null ? Map.of() : roleValues.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().strip(), e -> role(e.getKey(), e.getValue()).name()));
        admins = admins == null ? List.of() : admins.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
    }

    /** Whether someone can administer this installation through the identity provider alone, before any account exists. */
    public boolean providerMakesAdmins() {
        return !admins.isEmpty() || rolesFrom == RolesFrom.CLAIMS;
    }

    /** The defaults: local accounts on, roles granted by an admin. */
    public static SignInSettings defaults() {
        return new SignInSettings(null, null, null, null, null, null, null, null);
    }

    /** The role a value of the role claim means, if any. */
    public Optional<Role> role(String claimValue) {
        String mapped = roleValues.get(claimValue.strip());
        return Optional.ofNullable(mapped).map(Role::valueOf).or(() -> roleNamed(claimValue));
    }

    private static Role role(String claimValue, String role) {
        return roleNamed(role).orElseThrow(() -> new IllegalArgumentException("samspil.sign-in.role-values." + claimValue
                + " must be admin, researcher, programme-manager or partner, was '" + role + "'"));
    }

    private static Optional<Role> roleNamed(String name) {
        String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(normalised)).findFirst();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
