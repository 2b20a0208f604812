package org.qnet.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every qnet service offers whatever its domain: probes, metrics, an API description, and nothing
 * else without a token. A service's test extends this with its own Spring Boot test configuration.
 */
public abstract class ServiceConventions {

    @Autowired
    protected WebTestClient http;

    /** An endpoint of the service's API, to prove it refuses a caller without a token. */
    protected abstract String anApiPath();

    @Test
    void liveness_and_readiness_probes_are_up() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void overall_health_is_up_with_every_dependency_reachable() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_exposed() {
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("jvm_memory_used_bytes").contains("qnet_outbox_pending"));
    }

    @Test
    void openapi_description_is_published() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists();
    }

    @Test
    void swagger_ui_is_published() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> assertThat(location)
                        .endsWith("/swagger-ui/index.html"));
        http.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void api_refuses_a_caller_without_a_token() {
        http.get().uri(anApiPath()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void api_refuses_a_forged_token() {
        http.get().uri(anApiPath()).header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5In0.")
                .exchange()
                .expectStatus().isUnauthorized();
    }
}
