package org.qnet.projects.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.platform.messaging.EventJson;
import org.qnet.projects.ProjectsIntegrationTest;
import org.qnet.testinfra.CloudEventPublisher;
import tools.jackson.databind.JsonNode;

/** The members this service knows, from qnet.members: their names on teams, and their erasure. */
class MemberProjectionIT extends ProjectsIntegrationTest {

    @Test
    void a_renamed_member_shows_under_the_new_name() {
        Member lead = admitted("Maya Patel");
        String project = share(lead, "Falls", "members");

        publish(MemberProfileUpdated.TYPE.ceType(), lead.id(), new MemberProfileUpdated(lead.id(), "Maya Patel-Jones",
                "nurse", "London", List.of(), false, true, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asMember(lead).get().uri("/projects/" + project)
                .exchange().expectBody().jsonPath("$.lead.name").isEqualTo("Maya Patel-Jones"));
    }

    @Test
    void a_burst_of_renames_shows_the_last() {
        Member lead = admitted("Sam Jones");
        String project = share(lead, "Sepsis six", "members");

        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            for (int change = 1; change <= 30; change++) {
                publisher.publishWithoutWaiting(Topics.MEMBERS, lead.id(), UUID.randomUUID().toString(),
                        MemberProfileUpdated.TYPE.ceType(), EventJson.MAPPER.writeValueAsString(new MemberProfileUpdated(
                                lead.id(), "Sam Jones " + change, "nurse", "London", List.of(), false, true, Instant.now())));
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asMember(lead).get().uri("/projects/" + project)
                .exchange().expectBody().jsonPath("$.lead.name").isEqualTo("Sam Jones 30"));
    }

    @Test
    void an_erased_member_is_taken_off_teams_requests_and_followers_and_an_erased_lead_hands_over() {
        Member lead = admitted("Sam Jones");
        Member teamMember = admitted("Priya Shah");
        Member follower = admitted("Tom Evans");
        String project = share(lead, "Discharge", "public");
        join(project, lead, teamMember);
        asMember(follower).put().uri("/projects/" + project + "/follow").exchange().expectStatus().isOk();

        publish(MemberErased.TYPE.ceType(), lead.id(), new MemberErased(lead.id(), Instant.now()));
        publish(MemberErased.TYPE.ceType(), follower.id(), new MemberErased(follower.id(), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode seen = asMember(teamMember).get().uri("/projects/" + project).exchange()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(seen.get("lead").get("id").asString()).isEqualTo(teamMember.id());
            assertThat(seen.get("team").size()).isEqualTo(1);
            assertThat(seen.get("followers").asInt()).isZero();
        });
        asMember(lead).put().uri("/projects/" + project + "/follow").exchange().expectStatus().isForbidden();
    }

    private static void publish(String ceType, String memberId, Object event) {
        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            publisher.publish(Topics.MEMBERS, memberId, UUID.randomUUID().toString(), ceType,
                    EventJson.MAPPER.writeValueAsString(event));
        }
    }
}
