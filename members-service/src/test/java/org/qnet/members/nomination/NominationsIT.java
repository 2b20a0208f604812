package org.qnet.members.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qnet.testinfra.Callers.as;
import static org.qnet.testinfra.Callers.asNominator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.contracts.members.NominationWithdrawn;
import org.qnet.contracts.members.RecruitmentRoundClosed;
import org.qnet.contracts.members.RecruitmentRoundOpened;
import org.qnet.members.MembersIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Recruitment rounds, nominations and panel decisions over HTTP, on the real store and broker. */
class NominationsIT extends MembersIntegrationTest {

    @Test
    void admin_opens_a_round_and_closes_it_once() {
        String round = openRound(5);
        as(http, "ada", "ADMIN").post().uri("/rounds/" + round + "/close").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("closed");

        as(http, "ada", "ADMIN").post().uri("/rounds/" + round + "/close").exchange()
                .expectStatus().isEqualTo(409);
        assertPublishedConforming(RecruitmentRoundOpened.TYPE.ceType(), round);
        assertPublishedConforming(RecruitmentRoundClosed.TYPE.ceType(), round);
    }

    @Test
    void only_an_admin_opens_or_closes_rounds() {
        String round = openRound(5);
        for (String role : List.of("MEMBER", "PANEL", "ORGANISER")) {
            as(http, "someone", role).post().uri("/rounds").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(roundJson("Sneaky round", 5)).exchange()
                    .expectStatus().isForbidden();
            as(http, "someone", role).post().uri("/rounds/" + round + "/close").exchange()
                    .expectStatus().isForbidden();
        }
        as(http, "maya", "MEMBER").get().uri("/rounds").exchange().expectStatus().isForbidden();
    }

    @Test
    void a_round_must_close_after_it_opens_and_have_a_sensible_quota() {
        Instant now = Instant.now();
        as(http, "ada", "ADMIN").post().uri("/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name": "Backwards", "opensAt": "%s", "closesAt": "%s", "quota": 5}
                        """.formatted(now.plusSeconds(3600), now)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("closesAt");
        as(http, "ada", "ADMIN").post().uri("/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(roundJson("No seats", 0)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("quota");
    }

    @Test
    void nominator_submits_a_candidate_and_the_submission_is_published() {
        String org = registerOrganisation();
        String round = openRound(5);

        String id = submit(org, round, "grace@example.org").expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        asNominator(http, "nominator-" + org, org).get().uri("/nominations/" + id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("submitted")
                .jsonPath("$.candidate.profession").isEqualTo("nurse")
                .jsonPath("$.candidate.topics[0]").isEqualTo("patient safety");
        assertPublishedConforming(NominationSubmitted.TYPE.ceType(), id);
    }

    @Test
    void twenty_concurrent_nominations_against_a_quota_of_five_admit_exactly_five() throws Exception {
        String org = registerOrganisation();
        String round = openRound(5);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = "candidate-" + i + "@example.org";
            statuses.add(pool.submit(() -> {
                start.await();
                return submit(org, round, email).returnResult(String.class).getStatus().value();
            }));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();

        assertThat(answered).filteredOn(s -> s == 201).hasSize(5);
        assertThat(answered).filteredOn(s -> s == 409).hasSize(15);
        asNominator(http, "nominator-" + org, org).get().uri("/rounds/" + round + "/quota").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.taken").isEqualTo(5).jsonPath("$.left").isEqualTo(0);
    }

    @Test
    void the_same_candidate_cannot_be_nominated_twice_in_a_round_whatever_the_case_of_the_email() {
        String org = registerOrganisation();
        String other = registerOrganisation();
        String round = openRound(5);
        submit(org, round, "twice@example.org").expectStatus().isCreated();

        submit(org, round, "Twice@Example.org").expectStatus().isEqualTo(409);
        submit(other, round, "twice@example.org").expectStatus().isEqualTo(409);
    }

    @Test
    void withdrawing_frees_the_seat_and_the_candidate() {
        String org = registerOrganisation();
        String round = openRound(1);
        String id = idOf(submit(org, round, "withdrawn@example.org").expectStatus().isCreated());
        submit(org, round, "second@example.org").expectStatus().isEqualTo(409);

        asNominator(http, "nominator-" + org, org).post().uri("/nominations/" + id + "/withdraw").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("withdrawn");

        submit(org, round, "withdrawn@example.org").expectStatus().isCreated();
        assertPublishedConforming(NominationWithdrawn.TYPE.ceType(), id);
    }

    @Test
    void nominations_are_taken_only_while_the_round_is_open() {
        String org = registerOrganisation();
        String round = openRound(5);
        as(http, "ada", "ADMIN").post().uri("/rounds/" + round + "/close").exchange().expectStatus().isOk();

        submit(org, round, "late@example.org").expectStatus().isEqualTo(409);
        submit(org, UUID.randomUUID().toString(), "nowhere@example.org").expectStatus().isEqualTo(422);
    }

    @Test
    void a_nominator_sees_only_their_own_organisations_nominations() {
        String org = registerOrganisation();
        String other = registerOrganisation();
        String round = openRound(5);
        String theirs = idOf(submit(other, round, "theirs@example.org").expectStatus().isCreated());
        submit(org, round, "ours@example.org").expectStatus().isCreated();

        asNominator(http, "nominator-" + org, org).get().uri("/nominations/" + theirs).exchange()
                .expectStatus().isNotFound();
        asNominator(http, "nominator-" + org, org).post().uri("/nominations/" + theirs + "/withdraw").exchange()
                .expectStatus().isNotFound();
        asNominator(http, "nominator-" + org, org).get().uri("/nominations?round=" + round).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].candidate.email").isEqualTo("ours@example.org");
        as(http, "pat", "PANEL").get().uri("/nominations?round=" + round).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void nobody_but_nominators_and_the_panel_sees_nominations() {
        String org = registerOrganisation();
        String round = openRound(5);
        String id = idOf(submit(org, round, "private@example.org").expectStatus().isCreated());
        for (String role : List.of("MEMBER", "ORGANISER", "ADMIN")) {
            as(http, "someone", role).get().uri("/nominations/" + id).exchange().expectStatus().isForbidden();
            as(http, "someone", role).get().uri("/nominations").exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void a_nominator_who_is_not_listed_for_the_organisation_cannot_nominate() {
        String org = registerOrganisation();
        String round = openRound(5);
        asNominator(http, "impostor", org).post().uri("/nominations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(nominationJson(round, "x@example.org")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void a_statement_over_five_thousand_characters_or_an_unknown_profession_is_400() {
        String org = registerOrganisation();
        String round = openRound(5);
        asNominator(http, "nominator-" + org, org).post().uri("/nominations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(nominationJson(round, "long@example.org").replace("Leads the sepsis", "x".repeat(5001)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("statement");
        asNominator(http, "nominator-" + org, org).post().uri("/nominations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(nominationJson(round, "astronaut@example.org").replace("\"nurse\"", "\"astronaut\""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("candidate.profession");
    }

    @Test
    void the_panel_admits_once_and_the_candidate_becomes_a_member_with_a_seeded_profile() {
        String org = registerOrganisation();
        String round = openRound(5);
        String id = idOf(submit(org, round, "admitted@example.org").expectStatus().isCreated());

        String memberId = as(http, "pat", "PANEL").post().uri("/nominations/" + id + "/decision")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\": \"admit\", \"reason\": \"Leads sepsis work across the region.\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("memberId").asString();

        as(http, "pat", "PANEL").post().uri("/nominations/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\": \"decline\", \"reason\": \"Changed my mind.\"}")
                .exchange()
                .expectStatus().isEqualTo(409);
        asNominator(http, "nominator-" + org, org).post().uri("/nominations/" + id + "/withdraw").exchange()
                .expectStatus().isEqualTo(409);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(http, memberId, "MEMBER").get().uri("/members/me").exchange()
                        .expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.name").isEqualTo("Grace Okafor")
                        .jsonPath("$.email").isEqualTo("admitted@example.org")
                        .jsonPath("$.profession").isEqualTo("nurse")
                        .jsonPath("$.region").isEqualTo("North West")
                        .jsonPath("$.topics[1]").isEqualTo("sepsis")
                        .jsonPath("$.visibility").isEqualTo("listed"));
        assertPublishedConforming(NominationDecided.TYPE.ceType(), id);
        assertPublishedConforming(MemberAdmitted.TYPE.ceType(), memberId);
    }

    @Test
    void only_the_panel_decides() {
        String org = registerOrganisation();
        String round = openRound(5);
        String id = idOf(submit(org, round, "undecided@example.org").expectStatus().isCreated());
        for (String role : List.of("MEMBER", "ADMIN", "NOMINATOR")) {
            as(http, "someone", role).post().uri("/nominations/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"outcome\": \"admit\", \"reason\": \"Because.\"}")
                    .exchange()
                    .expectStatus().isForbidden();
        }
        as(http, "pat", "PANEL").post().uri("/nominations/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\": \"maybe\", \"reason\": \"Undecided.\"}")
                .exchange()
                .expectStatus().isBadRequest();
        as(http, "pat", "PANEL").get().uri("/nominations/" + id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("submitted");
    }

    private WebTestClient.ResponseSpec submit(String org, String round, String email) {
        return asNominator(http, "nominator-" + org, org).post().uri("/nominations")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(nominationJson(round, email))
                .exchange();
    }

    private static String nominationJson(String round, String email) {
        return """
                {"roundId": "%s",
                 "candidate": {"name": "Grace Okafor", "email": "%s", "profession": "nurse",
                               "region": "North West", "topics": ["Patient  Safety", "sepsis"]},
                 "statement": "Leads the sepsis improvement collaborative across two wards."}
                """.formatted(round, email);
    }

    private String registerOrganisation() {
        String name = "Trust " + UUID.randomUUID().toString().substring(0, 8);
        String id = name.toLowerCase().replace(' ', '-');
        as(http, "ada", "ADMIN").post().uri("/organisations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name": "%s", "kind": "nhs-trust", "region": "North West",
                         "nominators": [{"subject": "nominator-%s", "email": "nominator@%s.example"}]}
                        """.formatted(name, id, id))
                .exchange().expectStatus().isCreated();
        return id;
    }

    private String openRound(int quota) {
        return idOf(as(http, "ada", "ADMIN").post().uri("/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(roundJson("Cohort " + UUID.randomUUID(), quota)).exchange()
                .expectStatus().isCreated());
    }

    private static String roundJson(String name, int quota) {
        Instant now = Instant.now();
        return """
                {"name": "%s", "opensAt": "%s", "closesAt": "%s", "quota": %d}
                """.formatted(name, now.minusSeconds(60), now.plus(Duration.ofDays(30)), quota);
    }

    private static String idOf(WebTestClient.ResponseSpec created) {
        return created.expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

}
