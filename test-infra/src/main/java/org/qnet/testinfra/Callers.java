package org.qnet.testinfra;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls a service in a slice or integration test as a signed-in user: a JWT with the subject, the
 * {@code roles} claim and, for a nominator, the {@code org} claim, as the identity issuer writes them.
 */
public final class Callers {

    private Callers() {
    }

    public static WebTestClient as(WebTestClient http, String subject, String role) {
        return http.mutateWith(mockJwt()
                .jwt(jwt -> jwt.subject(subject).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    public static WebTestClient asNominator(WebTestClient http, String subject, String organisationId) {
        return http.mutateWith(mockJwt()
                .jwt(jwt -> jwt.subject(subject).claim("roles", List.of("NOMINATOR")).claim("org", organisationId))
                .authorities(new SimpleGrantedAuthority("ROLE_NOMINATOR")));
    }
}
