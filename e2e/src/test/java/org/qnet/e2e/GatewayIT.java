package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway as the browser's backend: sign-in with the authorization code and PKCE at the real issuer,
 * tokens kept server-side behind an HttpOnly session cookie, API calls relayed with the person's token,
 * CSRF required for every change, sign-out at both ends, and the web app served for its own routes.
 */
class GatewayIT extends OnTheDemoStack {

    private static final String JWT = "eyJ[\\w-]+\\.[\\w-]+\\.";

    @Test
    void sign_in_asks_the_issuer_for_a_code_with_pkce() {
        var browser = new CookieBrowser();

        HttpResponse<String> toIssuer = browser.get(stack.webUrl() + "/oauth2/authorization/qnet", "text/html");

        assertThat(toIssuer.statusCode()).isEqualTo(302);
        assertThat(toIssuer.headers().firstValue("Location").orElseThrow())
                .startsWith(stack.issuerUri() + "/oauth2/authorize?")
                .contains("response_type=code", "client_id=qnet-web", "code_challenge=", "code_challenge_method=S256");
    }

    @Test
    void a_signed_in_browser_holds_only_an_http_only_session_cookie_and_its_api_calls_carry_the_persons_token() {
        var browser = new CookieBrowser();

        HttpResponse<String> landed = browser.signIn(stack.webUrl(), "maya", "qnet-demo");

        assertThat(landed.uri().toString()).isEqualTo(stack.webUrl() + "/");
        assertThat(landed.body()).contains("<div id=\"root\">");
        assertThat(browser.setCookieHeader("QNET_SESSION")).containsIgnoringCase("HttpOnly").contains("Secure", "SameSite=Lax");
        assertThat(browser.setCookieHeader("XSRF-TOKEN")).doesNotContainIgnoringCase("HttpOnly").contains("SameSite=Strict");
        HttpResponse<String> session = browser.get(stack.webUrl() + "/session", "application/json");
        assertThat(session.body()).contains("\"signedIn\":true", "\"name\":\"Maya Patel\"", "\"roles\":[\"MEMBER\"]")
                .doesNotContainPattern(JWT);
        HttpResponse<String> me = browser.get(stack.webUrl() + "/api/members/members/me", "application/json");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"Maya Patel\"");
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        var browser = new CookieBrowser();
        browser.get(stack.webUrl() + "/oauth2/authorization/qnet", "text/html");
        String beforeSignIn = browser.cookie("QNET_SESSION");

        browser.signIn(stack.webUrl(), "priya", "qnet-demo");

        assertThat(beforeSignIn).as("the authorization request is kept in a session").isNotNull();
        assertThat(browser.cookie("QNET_SESSION")).isNotNull().isNotEqualTo(beforeSignIn);
    }

    @Test
    void a_change_without_the_csrf_token_is_refused_and_with_it_goes_through_to_the_service() {
        var browser = new CookieBrowser();
        browser.signIn(stack.webUrl(), "sam", "qnet-demo");
        String connect = stack.webUrl() + "/api/members/connections";
        String nobody = "{\"peerId\": \"no-such-member\"}";

        HttpResponse<String> forged = browser.post(connect, Map.of(), "application/json", nobody);
        HttpResponse<String> wrong = browser.post(connect, Map.of("X-XSRF-TOKEN", "guessed"), "application/json", nobody);
        HttpResponse<String> echoed = browser.post(connect, Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")),
                "application/json", nobody);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(echoed.statusCode()).as("members-service answered: %s", echoed.body()).isEqualTo(404);
        assertThat(echoed.body()).contains("No member no-such-member");
    }

    @Test
    void without_a_session_the_api_answers_401_with_a_problem_document_not_a_redirect() {
        HttpResponse<String> refused = new CookieBrowser().get(stack.webUrl() + "/api/members/members/me",
                "application/json");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"title\":\"Sign in required\"");
    }

    @Test
    void signing_out_ends_the_session_at_the_gateway_and_at_the_issuer() {
        var browser = new CookieBrowser();
        browser.signIn(stack.webUrl(), "tom", "qnet-demo");

        HttpResponse<String> signedOut = browser.postForm(stack.webUrl() + "/logout",
                Map.of("_csrf", browser.cookie("XSRF-TOKEN")));

        assertThat(signedOut.headers().firstValue("Location").orElseThrow())
                .startsWith(stack.issuerUri() + "/connect/logout?id_token_hint=");
        assertThat(browser.follow(signedOut).uri().toString()).isEqualTo(stack.webUrl() + "/");
        assertThat(browser.get(stack.webUrl() + "/session", "application/json").body()).contains("\"signedIn\":false");
        assertThat(browser.get(stack.webUrl() + "/api/members/members/me", "application/json").statusCode())
                .isEqualTo(401);
        HttpResponse<String> again = browser.follow(browser.get(stack.webUrl() + "/oauth2/authorization/qnet", "text/html"));
        assertThat(again.uri().getPath()).as("the issuer asks for the password again").isEqualTo("/login");
    }

    @Test
    void the_web_app_answers_its_own_routes_uncached_under_a_strict_content_security_policy() {
        var browser = new CookieBrowser();

        HttpResponse<String> page = browser.get(stack.webUrl() + "/members/some-member-id", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(browser.get(stack.webUrl() + "/favicon.svg", "image/svg+xml").statusCode()).isEqualTo(200);
    }
}
