package dk.samspil.ui.web.api;

import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.runtime.storage.RequestBuckets;
import dk.samspil.ui.web.signin.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The read API's own filter chain: no session, no sign-in page, a personal token on every request
 * ({@link BearerTokens}), each token's requests limited, and every refusal as problem+json.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurity {

    /** The description and its page need no token: they hold no data. */
    private static final String[] OPEN = {ApiPaths.OPENAPI, ApiPaths.OPENAPI + "/**", ApiPaths.DOCS, ApiPaths.ROOT + "/swagger-ui/**"};

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, RequestBuckets buckets) throws Exception {
        return SecurityHeaders.apply(http).securityMatcher(ApiPaths.ROOT + "/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .addFilterBefore(new BearerTokens(tokens, buckets), AuthorizationFilter.class)
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint((request, response, e) -> Problems.write(response, HttpStatus.UNAUTHORIZED,
                                "a personal API token is needed: Authorization: Bearer <token> (./samspil user token create)"))
                        .accessDeniedHandler((request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
                                "this account may not read this")))
                .build();
    }

    /** Per token; bursts of up to two seconds' worth. */
    @Bean
    RequestBuckets requestBuckets(DataSource dataSource, Clock clock,
                                  @Value("${samspil.api.requests-per-second:50}") double perSecond) {
        return new RequestBuckets(dataSource, clock, perSecond, Math.max(1, 2 * perSecond));
    }
}
