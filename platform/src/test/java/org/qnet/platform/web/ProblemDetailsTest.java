package org.qnet.platform.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every way a request can fail answers with an RFC 9457 problem document, and never leaks internals. */
@WebFluxTest(controllers = ProbeController.class)
class ProblemDetailsTest {

    @Autowired
    WebTestClient http;

    private WebTestClient member() {
        return http.mutateWith(mockJwt().jwt(j -> j.subject("maya").claim("roles", List.of("MEMBER")))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER")));
    }

    @Test
    void request_without_a_token_is_401_problem() {
        http.post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Ann\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:unauthorized")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void malformed_bearer_token_is_401_problem() {
        http.get().uri("/probe/things/42").header(HttpHeaders.AUTHORIZATION, "Bearer not a token")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:qnet:problem:unauthorized");
    }

    @Test
    void authorization_header_with_a_control_character_is_400_problem() {
        http.get().uri("/probe/things/42").header(HttpHeaders.AUTHORIZATION, "Bearer abc\u0007")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:qnet:problem:rejected-request");
    }

    @Test
    void path_with_an_encoded_slash_is_400_problem() {
        member().get().uri(URI.create("/probe/things/4%2F2"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:qnet:problem:rejected-request");
    }

    @Test
    void unknown_path_is_404_problem_and_no_file_of_the_classpath_is_served() {
        // The test classpath holds static/stray.txt, where Spring Boot serves files from by default.
        member().get().uri("/stray.txt")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:not-found")
                .jsonPath("$.detail").isEqualTo("Nothing answers at this path.")
                .jsonPath("$.instance").isEqualTo("/stray.txt");
    }

    @Test
    void valid_request_reaches_the_handler_with_the_current_user() {
        member().post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Ann\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.by").isEqualTo("maya");
    }

    @Test
    void invalid_fields_are_400_with_each_field_error() {
        member().post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"\",\"email\":\"not-an-email\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:invalid-request")
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'email')]").exists();
    }

    @Test
    void malformed_json_is_400_without_parser_internals() {
        member().post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:malformed-body")
                .jsonPath("$.detail").isEqualTo("The request body is not valid JSON of the expected shape.");
    }

    @Test
    void a_field_the_endpoint_does_not_take_is_400_naming_it() {
        member().post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Ann\",\"roles\":[\"ADMIN\"]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("roles");
    }

    @Test
    void wrong_content_type_is_415() {
        member().post().uri("/probe/greetings").contentType(MediaType.TEXT_PLAIN).bodyValue("name=Ann")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void oversized_body_is_413() {
        String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
        member().post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON).bodyValue(huge)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:qnet:problem:too-large");
    }

    @Test
    void member_may_not_do_what_needs_the_admin_role() {
        member().post().uri("/probe/admin")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void admin_may_do_what_needs_the_admin_role() {
        http.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))
                .post().uri("/probe/admin")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void unknown_thing_is_404_with_its_detail() {
        member().get().uri("/probe/things/42")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("No thing 42")
                .jsonPath("$.instance").isEqualTo("/probe/things/42");
    }

    @Test
    void unknown_path_is_404_problem() {
        member().get().uri("/probe/nowhere")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unique_index_violation_is_409_without_naming_the_collection() {
        member().post().uri("/probe/duplicates")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("This conflicts with something that already exists.");
    }

    @Test
    void refusal_by_a_rule_is_422() {
        member().post().uri("/probe/refusals")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").isEqualTo("The round is closed.");
    }

    @Test
    void unexpected_failure_is_500_naming_only_the_correlation_id() {
        member().get().uri("/probe/crash").header("X-Correlation-Id", "report-me-123")
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().valueEquals("X-Correlation-Id", "report-me-123")
                .expectBody(String.class)
                .value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("report-me-123")
                        .doesNotContain("hunter2")
                        .doesNotContain("IllegalStateException")
                        .doesNotContain("at org."));
    }
}
