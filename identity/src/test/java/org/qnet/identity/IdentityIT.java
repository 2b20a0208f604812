package org.qnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.localstack.IssuerTokens;
import org.qnet.testinfra.CloudEventPublisher;
import org.qnet.testinfra.TestInfra;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issuer signs demo accounts in with authorization code and PKCE and puts qnet's claims in the token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // The issuer names its own URL in every token, so the port must be known before the server starts.
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", IdentityIT::issuerUri);
        TestInfra.register(registry, "identity");
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
        var overall = http.send(HttpRequest.newBuilder(URI.create(issuerUri() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(discovery.body()).get("issuer").asString()).isEqualTo(issuerUri());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(overall.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(overall.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void the_sign_in_page_is_qnets_own_with_labelled_fields_a_csrf_token_and_a_strict_policy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var page = http.send(HttpRequest.newBuilder(URI.create(issuerUri() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var refused = http.send(HttpRequest.newBuilder(URI.create(issuerUri() + "/login?error")).build(),
                HttpResponse.BodyHandlers.ofString());
        var styles = http.send(HttpRequest.newBuilder(URI.create(issuerUri() + "/sign-in.css")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Sign in · qnet</title>", "<label for=\"username\">Username</label>",
                "<label for=\"password\">Password</label>", "autocomplete=\"current-password\"")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"").doesNotContain("role=\"alert\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SignInPage.POLICY);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(refused.body()).contains("role=\"alert\"", "The username or password is not right", "aria-invalid=\"true\"");
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void an_admitted_candidate_can_sign_in_with_their_email_until_they_erase_their_data() {
        String memberId = UUID.randomUUID().toString();
        String email = "grace-" + memberId.substring(0, 8) + "@example.org";
        try (CloudEventPublisher events = CloudEventPublisher.toTestInfra()) {
            events.publish(Topics.MEMBERS, memberId, UUID.randomUUID().toString(), MemberAdmitted.TYPE.ceType(),
                    JSON.writeValueAsString(new MemberAdmitted(memberId, "Grace Okafor", email, "nurse", "North West",
                            "northfield-nhs-trust", List.of("sepsis"), Instant.now())));

            JsonNode claims = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> claims(new IssuerTokens(issuerUri()).accessToken(email, "qnet-demo")), c -> true);

            assertThat(claims.get("sub").asString()).isEqualTo(memberId);
            assertThat(claims.get("roles").get(0).asString()).isEqualTo("MEMBER");
            assertThat(claims.get("name").asString()).isEqualTo("Grace Okafor");

            events.publish(Topics.MEMBERS, memberId, UUID.randomUUID().toString(), MemberErased.TYPE.ceType(),
                    JSON.writeValueAsString(new MemberErased(memberId, Instant.now())));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThatThrownBy(() -> new IssuerTokens(issuerUri()).accessToken(email, "qnet-demo"))
                            .hasMessageContaining("sign-in failed"));
        }
    }

    @Test
    void an_account_whose_email_is_admitted_becomes_that_member() {
        String memberId = UUID.randomUUID().toString();
        try (CloudEventPublisher events = CloudEventPublisher.toTestInfra()) {
            events.publish(Topics.MEMBERS, memberId, UUID.randomUUID().toString(), MemberAdmitted.TYPE.ceType(),
                    JSON.writeValueAsString(new MemberAdmitted(memberId, "Tom Evans", "tom@qnet.example", "doctor", "Wales",
                            "northfield-nhs-trust", List.of(), Instant.now())));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(claims(new IssuerTokens(issuerUri()).accessToken("tom", "qnet-demo")).get("sub").asString())
                            .isEqualTo(memberId));
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
