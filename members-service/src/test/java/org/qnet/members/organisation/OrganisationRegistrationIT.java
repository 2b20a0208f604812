package org.qnet.members.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qnet.testinfra.Callers.as;
import static org.qnet.testinfra.Callers.asNominator;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.members.MembersIntegrationTest;
import org.springframework.http.MediaType;

/** Registering a nominating organisation over HTTP, on the real store and broker. */
class OrganisationRegistrationIT extends MembersIntegrationTest {

    private static String organisation(String name) {
        return """
                {"name": "%s", "kind": "nhs-trust", "region": "North West",
                 "nominators": [{"subject": "nora", "email": "nora@northfield.example"}]}
                """.formatted(name);
    }

    private static String uniqueName() {
        return "Trust " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void admin_registers_an_organisation_and_its_registration_is_published_through_the_outbox() {
        String name = uniqueName();
        String id = name.toLowerCase().replace(' ', '-');

        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation(name))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/organisations/" + id)
                .expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.region").isEqualTo("North West")
                .jsonPath("$.nominators[0].subject").isEqualTo("nora");

        var record = assertPublishedConforming(OrganisationRegistered.TYPE.ceType(), id);
        assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo("urn:qnet:service:members");
    }

    @Test
    void registering_the_same_organisation_twice_is_409_and_keeps_the_first() {
        String name = uniqueName();
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation(name))
                .exchange().expectStatus().isCreated();

        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(name.toUpperCase()))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        as(http, "ada", "ADMIN").get().uri("/organisations/" + name.toLowerCase().replace(' ', '-'))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo(name);
    }

    @Test
    void member_is_refused_before_the_request_body_is_even_looked_at() {
        as(http, "maya", "MEMBER").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden();
        asNominator(http, "nora", "northfield-nhs-trust").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(uniqueName()))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void member_may_not_register_organisations() {
        as(http, "maya", "MEMBER").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(uniqueName()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void nobody_may_register_without_a_token() {
        http.post().uri("/organisations").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation(uniqueName()))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void bad_json_is_a_400_problem() {
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
    }

    @Test
    void unknown_region_kind_or_field_is_400() {
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(uniqueName()).replace("North West", "Atlantis"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(uniqueName()).replace("nhs-trust", "hospital"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(uniqueName()).replace("\"kind\"", "\"registeredAt\": \"2000-01-01T00:00:00Z\", \"kind\""))
                .exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void missing_nominators_and_invalid_email_are_400_with_field_errors() {
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"X Trust\", \"kind\": \"charity\", \"region\": \"Wales\", \"nominators\": []}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nominators");
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation(uniqueName()).replace("nora@northfield.example", "not an email"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nominators[0].email");
    }

    @Test
    void an_organisation_is_seen_by_its_own_nominators_and_the_panel_but_not_by_others() {
        String name = uniqueName();
        String id = name.toLowerCase().replace(' ', '-');
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation(name))
                .exchange().expectStatus().isCreated();

        asNominator(http, "nora", id).get().uri("/organisations/" + id).exchange().expectStatus().isOk();
        as(http, "pat", "PANEL").get().uri("/organisations/" + id).exchange().expectStatus().isOk();
        asNominator(http, "otto", "another-trust").get().uri("/organisations/" + id).exchange().expectStatus().isForbidden();
        as(http, "maya", "MEMBER").get().uri("/organisations/" + id).exchange().expectStatus().isForbidden();
        as(http, "maya", "MEMBER").get().uri("/organisations").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        as(http, "ada", "ADMIN").get().uri("/organisations/no-such-trust").exchange().expectStatus().isNotFound();
    }
}
