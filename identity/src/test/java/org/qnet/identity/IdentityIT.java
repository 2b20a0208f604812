package org.qnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.qnet.testinfra.IssuerTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issuer signs demo accounts in with authorization code and PKCE and puts qnet's claims in the token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityIT {

    // The issuer names its own URL in every token, so the port must be known before the server starts.
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", IdentityIT::issuerUri);
    }

    private static String issuerUri() {
        return "http://127.0.0.1:" + PORT;
    }

    @Test
    void nominator_token_carries_roles_organisation_and_the_qnet_audience() {
        JsonNode claims = claims(new IssuerTokens(issuerUri()).accessToken("nora", "qnet-demo"));

        assertThat(claims.get("sub").asString()).isEqualTo("nora");
        assertThat(claims.get("iss").asString()).isEqualTo(issuerUri());
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("NOMINATOR");
        assertThat(claims.get("org").asString()).isEqualTo("northfield-nhs-trust");
        assertThat(claims.get("email").asString()).isEqualTo("nora@northfield.example");
        assertThat(claims.get("aud").toString()).contains("\"qnet\"");
        assertThat(claims.get("exp").asLong()).isGreaterThan(claims.get("iat").asLong());
    }

    @Test
    void member_token_has_no_organisation() {
        JsonNode claims = claims(new IssuerTokens(issuerUri()).accessToken("maya", "qnet-demo"));

        assertThat(claims.get("roles").get(0).asString()).isEqualTo("MEMBER");
        assertThat(claims.has("org")).isFalse();
    }

    @Test
    void wrong_password_gets_no_token() {
        assertThatThrownBy(() -> new IssuerTokens(issuerUri()).accessToken("nora", "guess"))
                .hasMessageContaining("sign-in failed");
    }

    @Test
    void discovery_and_health_answer_without_sign_in() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var discovery = http.send(HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        var health = http.send(HttpRequest.newBuilder(URI.create(issuerUri() + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(discovery.body()).get("issuer").asString()).isEqualTo(issuerUri());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode claims(String jwt) {
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
