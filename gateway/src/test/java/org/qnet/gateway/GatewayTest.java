package org.qnet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on its own, with no issuer and no services behind it: what it answers itself, and what it
 * refuses before anything is relayed. Sign-in and relaying against the real issuer and services are in
 * e2e's GatewayIT and the browser journeys.
 */
@SpringBootTest(properties = {
    "qnet.gateway.issuer.uri=http://127.0.0.1:9",
    "QNET_MEMBERS_URI=http://127.0.0.1:9"
})
@AutoConfigureWebTestClient
class GatewayTest {

    @Autowired
    WebTestClient http;

    @Test
    void a_signed_out_browser_is_told_so_and_offered_nothing_else() {
        http.get().uri("/session").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.signedIn").isEqualTo(false).jsonPath("$.roles").isEmpty();
    }

    @Test
    void the_session_says_who_is_signed_in_and_their_roles_from_the_id_token_only() {
        http.mutateWith(mockOidcLogin().idToken(token -> token.subject("m-42").claim("name", "Maya Patel")
                        .claim("email", "maya@qnet.example").claim("roles", List.of("MEMBER"))))
                .get().uri("/session").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.signedIn").isEqualTo(true)
                .jsonPath("$.id").isEqualTo("m-42")
                .jsonPath("$.name").isEqualTo("Maya Patel")
                .jsonPath("$.roles[0]").isEqualTo("MEMBER")
                .jsonPath("$.accessToken").doesNotExist()
                .jsonPath("$.idToken").doesNotExist();
    }

    @Test
    void the_api_refuses_a_signed_out_caller_with_a_problem_document_not_a_sign_in_page() {
        http.get().uri("/api/members/members/me").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Sign in required").jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void a_change_without_the_csrf_token_is_refused_before_it_is_relayed_even_when_signed_in() {
        http.mutateWith(mockOidcLogin()).post().uri("/api/members/connections")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"peerId\": \"m-7\"}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Request refused");
    }

    @Test
    void sign_out_without_the_csrf_token_is_refused() {
        http.mutateWith(mockOidcLogin()).post().uri("/logout").exchange().expectStatus().isForbidden();
    }

    @Test
    void the_web_apps_own_routes_get_its_page_uncached_under_a_strict_content_security_policy() {
        http.get().uri("/events/some-event").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueMatches("Cache-Control", ".*no-cache.*")
                .expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self'.*form-action 'self' http://127.0.0.1:9.*")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("<div id=\"root\"></div>"));
    }

    @Test
    void the_apps_hashed_assets_are_cached_for_good() {
        String page = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page names its script: %s", page).isTrue();

        http.get().uri(script.group(1)).exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*max-age=31536000.*immutable.*");
    }

    @Test
    void a_missing_asset_is_404_not_the_app_page() {
        http.get().uri("/assets/no-such-file.js").exchange().expectStatus().isNotFound();
    }
}
