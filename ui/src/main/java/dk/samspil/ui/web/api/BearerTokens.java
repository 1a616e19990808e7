package dk.samspil.ui.web.api;

import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.runtime.storage.RequestBuckets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Signs a request in as the account of its personal token, for this request only, after counting it
 * against the token's allowance. A token that is unknown, expired, revoked or of a disabled account is
 * refused with 401, all alike.
 */
final class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final RequestBuckets buckets;

    BearerTokens(ApiTokens tokens, RequestBuckets buckets) {
        this.tokens = tokens;
        this.buckets = buckets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // no token: the open paths answer, every other path is refused by the entry point
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<UserAccount> account = tokens.account(token);
        if (account.isEmpty()) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "the token is unknown, expired or revoked, or its account is disabled");
            return;
        }
        RequestBuckets.Decision allowance = buckets.take(hash(token));
        if (!allowance.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (allowance.retryAfter().toMillis() + 999) / 1000)));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too many requests with this token; try again after "
                    + allowance.retryAfter().toMillis() + " ms");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.get().role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
