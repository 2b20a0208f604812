package org.qnet.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuerRegistrationTest {

    private static final Map<String, Object> PUBLISHED = Map.of(
            "issuer", "http://localhost:9000",
            "authorization_endpoint", "http://localhost:9000/oauth2/authorize",
            "end_session_endpoint", "http://localhost:9000/connect/logout",
            "token_endpoint", "http://localhost:9000/oauth2/token",
            "jwks_uri", "http://localhost:9000/oauth2/jwks",
            "userinfo_endpoint", "http://localhost:9000/userinfo");

    @Test
    void the_gateways_own_calls_go_to_the_issuer_inside_the_network() {
        var metadata = IssuerRegistration.inNetwork(PUBLISHED, "http://identity:8080");

        assertThat(metadata).containsEntry("token_endpoint", "http://identity:8080/oauth2/token")
                .containsEntry("jwks_uri", "http://identity:8080/oauth2/jwks")
                .containsEntry("userinfo_endpoint", "http://identity:8080/userinfo");
    }

    @Test
    void what_the_browser_visits_and_the_issuer_tokens_name_stay_public() {
        var metadata = IssuerRegistration.inNetwork(PUBLISHED, "http://identity:8080");

        assertThat(metadata).containsEntry("issuer", "http://localhost:9000")
                .containsEntry("authorization_endpoint", "http://localhost:9000/oauth2/authorize")
                .containsEntry("end_session_endpoint", "http://localhost:9000/connect/logout");
    }
}
