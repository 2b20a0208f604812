package org.qnet.members.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qnet.testinfra.Callers.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.members.MembersIntegrationTest;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Reading and editing member profiles, on the real store and broker. */
class ProfilesIT extends MembersIntegrationTest {

    @Autowired
    MemberStore store;

    private MemberSeeds seeds;

    @BeforeEach
    void seeds() {
        seeds = new MemberSeeds(store);
    }

    @Test
    void a_member_edits_their_profile_and_the_change_is_published_without_personal_contact_data() {
        Member maya = seeds.admit("Maya Patel");

        patch(maya, """
                {"bio": "Improvement lead in maternity.", "topics": ["Maternity", "co-production"],
                 "skills": ["SPC charts"], "trainingLevel": "silver", "openToMentoring": true,
                 "region": "Wales", "profession": "midwife", "organisation": "Cwm Taf Health Board"}
                """).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.bio").isEqualTo("Improvement lead in maternity.")
                .jsonPath("$.topics[0]").isEqualTo("maternity")
                .jsonPath("$.skills[0]").isEqualTo("spc charts")
                .jsonPath("$.trainingLevel").isEqualTo("silver")
                .jsonPath("$.region").isEqualTo("Wales")
                .jsonPath("$.organisation").isEqualTo("Cwm Taf Health Board");

        var record = assertPublishedConforming(MemberProfileUpdated.TYPE.ceType(), maya.id());
        assertThat(record.value()).doesNotContain(maya.email()).doesNotContain("maternity.");
    }

    @Test
    void the_reference_lists_are_given_to_signed_in_callers_only() {
        as(http, "m-reference", "MEMBER").get().uri("/reference").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.professions[0]").isEqualTo("doctor")
                .jsonPath("$.regions.length()").isEqualTo(12)
                .jsonPath("$.regions[11]").isEqualTo("Northern Ireland")
                .jsonPath("$.trainingLevels").isEqualTo(List.of("none", "bronze", "silver", "gold"))
                .jsonPath("$.organisationKinds[0]").isEqualTo("nhs-trust")
                .jsonPath("$.maxTopics").isEqualTo(20);
        http.get().uri("/reference").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void unknown_and_read_only_fields_are_refused_and_nothing_changes() {
        Member maya = seeds.admit("Maya Read-Only");
        for (String body : List.of("{\"email\": \"someone@else.org\"}", "{\"name\": \"Somebody Else\"}",
                "{\"id\": \"other\"}", "{\"admittedAt\": \"2000-01-01T00:00:00Z\"}", "{\"roles\": [\"ADMIN\"]}",
                "{\"bio\": \"new\", \"listed\": true}")) {
            patch(maya, body).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].message").isEqualTo("is not a field this request takes");
        }
        as(http, maya.id(), "MEMBER").get().uri("/members/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Maya Read-Only")
                .jsonPath("$.email").isEqualTo(maya.email())
                .jsonPath("$.bio").isEqualTo("");
    }

    @Test
    void invalid_values_are_400_with_the_field_named() {
        Member maya = seeds.admit("Maya Invalid");
        patch(maya, "{\"bio\": \"" + "b".repeat(2001) + "\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("bio");
        patch(maya, "{\"trainingLevel\": \"platinum\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("trainingLevel");
        patch(maya, "{\"visibility\": \"secret\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visibility");
        patch(maya, "{\"topics\": [\"" + "t".repeat(61) + "\"]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("topics");
    }

    @Test
    void the_email_shows_only_to_the_member_and_their_connections() {
        Member maya = seeds.admit("Maya Email");
        Member sam = seeds.admit("Sam Stranger");
        Member priya = seeds.admit("Priya Peer");

        as(http, maya.id(), "MEMBER").get().uri("/members/" + maya.id()).exchange()
                .expectBody().jsonPath("$.email").isEqualTo(maya.email());
        as(http, sam.id(), "MEMBER").get().uri("/members/" + maya.id()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.email").doesNotExist();

        String connection = as(http, priya.id(), "MEMBER").post().uri("/connections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"peerId\": \"" + maya.id() + "\"}").exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        as(http, priya.id(), "MEMBER").get().uri("/members/" + maya.id()).exchange()
                .expectBody().jsonPath("$.email").doesNotExist();
        as(http, maya.id(), "MEMBER").post().uri("/connections/" + connection + "/accept").exchange().expectStatus().isOk();

        as(http, priya.id(), "MEMBER").get().uri("/members/" + maya.id()).exchange()
                .expectBody().jsonPath("$.email").isEqualTo(maya.email());
    }

    @Test
    void a_hidden_profile_is_seen_only_by_the_member_and_their_connections() {
        Member hidden = seeds.admit("Hidden Harriet");
        Member stranger = seeds.admit("Stranger Steve");
        patch(hidden, "{\"visibility\": \"hidden\"}").expectStatus().isOk();

        as(http, stranger.id(), "MEMBER").get().uri("/members/" + hidden.id()).exchange().expectStatus().isNotFound();
        as(http, hidden.id(), "MEMBER").get().uri("/members/" + hidden.id()).exchange().expectStatus().isOk();
    }

    @Test
    void only_a_member_has_a_me() {
        as(http, "pat", "PANEL").get().uri("/members/me").exchange().expectStatus().isForbidden();
        as(http, "pat", "PANEL").patch().uri("/members/me").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        as(http, "not-admitted", "MEMBER").get().uri("/members/me").exchange().expectStatus().isNotFound();
        http.get().uri("/members/me").exchange().expectStatus().isUnauthorized();
        as(http, "pat", "PANEL").get().uri("/members/no-such-member").exchange().expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec patch(Member member, String body) {
        return as(http, member.id(), "MEMBER").patch().uri("/members/me").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
