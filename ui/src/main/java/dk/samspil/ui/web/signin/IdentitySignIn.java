package dk.samspil.ui.web.signin;

import dk.samspil.ui.app.accounts.IdentityAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;

/**
 * After the identity provider's ID token has been checked (signature, issuer, audience, expiry, nonce), the
 * Samspil account it stands for: linked or created, and its role as the installation decides.
 */
final class IdentitySignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a sign-in the provider vouched for but Samspil refused (the description says why). */
    static final String REFUSED = "samspil_account";
    private static final Logger LOG = LoggerFactory.getLogger(IdentitySignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final IdentityAccounts identities;

    IdentitySignIn(IdentityAccounts identities) {
        this.identities = identities;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        try {
            IdentityAccounts.SignedIn account = identities.signIn(user.getIssuer().toString(), user.getSubject(), user.getClaims());
            List<GrantedAuthority> roles = account.role().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                    .stream().toList();
            return new SamspilUser(account.username(), roles, user);
        } catch (IllegalArgumentException e) {
            LOG.warn("sign-in through {} refused for subject {}: {}", user.getIssuer(), user.getSubject(), e.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, e.getMessage(), null), e.getMessage(), e);
        }
    }

    /** The provider's user under its Samspil username, which the rest of the application knows it by. */
    static final class SamspilUser extends DefaultOidcUser {

        private final String username;

        SamspilUser(String username, List<GrantedAuthority> roles, OidcUser user) {
            super(roles, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SamspilUser that && super.equals(that) && username.equals(that.username);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
