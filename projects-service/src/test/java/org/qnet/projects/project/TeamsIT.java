package org.qnet.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.projects.ProjectFollowed;
import org.qnet.contracts.projects.ProjectUnfollowed;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.projects.ProjectsIntegrationTest;

/** Members join teams through the lead, leave them, take over the lead, and follow projects. */
class TeamsIT extends ProjectsIntegrationTest {

    @Test
    void a_member_asks_to_join_and_the_lead_accepts() {
        Member lead = admitted("Maya Patel");
        Member sam = admitted("Sam Jones");
        String id = share(lead, "Falls on ward 7", "members");

        asMember(sam).post().uri("/projects/" + id + "/join-requests").bodyValue(Map.of("message", "I run the audit"))
                .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.askedToJoin").isEqualTo(true);
        asMember(lead).get().uri("/projects/" + id).exchange().expectBody()
                .jsonPath("$.joinRequests[0].name").isEqualTo("Sam Jones")
                .jsonPath("$.joinRequests[0].message").isEqualTo("I run the audit");
        asMember(lead).post().uri("/projects/" + id + "/join-requests/" + sam.id() + "/accept").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.team.length()").isEqualTo(2)
                .jsonPath("$.team[1].name").isEqualTo("Sam Jones");

        asMember(sam).get().uri("/projects/" + id).exchange().expectBody().jsonPath("$.yourAccess").isEqualTo("team");
        var joined = assertPublishedConforming(TeamMemberJoined.TYPE.ceType(), id);
        assertThat(joined.value()).contains(sam.id());
    }

    @Test
    void only_the_lead_answers_requests_to_join() {
        Member lead = admitted("Priya Shah");
        Member teamMember = admitted("Tom Evans");
        Member asker = admitted("Uma Rao");
        String id = share(lead, "Sepsis screening", "members");
        join(id, lead, teamMember);
        asMember(asker).post().uri("/projects/" + id + "/join-requests").exchange().expectStatus().isAccepted();

        asMember(teamMember).post().uri("/projects/" + id + "/join-requests/" + asker.id() + "/accept").exchange()
                .expectStatus().isForbidden();
        asMember(asker).post().uri("/projects/" + id + "/join-requests/" + asker.id() + "/accept").exchange()
                .expectStatus().isForbidden();
        asMember(lead).post().uri("/projects/" + id + "/join-requests/" + asker.id() + "/decline").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.team.length()").isEqualTo(2);
        asMember(lead).post().uri("/projects/" + id + "/join-requests/" + asker.id() + "/accept").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void asking_twice_is_a_conflict() {
        Member lead = admitted("Vera Lind");
        Member asker = admitted("Will Hart");
        String id = share(lead, "Medicines at discharge", "members");

        asMember(asker).post().uri("/projects/" + id + "/join-requests").exchange().expectStatus().isAccepted();
        asMember(asker).post().uri("/projects/" + id + "/join-requests").exchange().expectStatus().isEqualTo(409);
        asMember(lead).post().uri("/projects/" + id + "/join-requests").exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void the_lead_removes_a_member_a_member_leaves_and_the_lead_hands_over_before_leaving() {
        Member lead = admitted("Xena Ford");
        Member first = admitted("Yusuf Ali");
        Member second = admitted("Zoe Black");
        String id = share(lead, "Maternity triage", "members");
        join(id, lead, first);
        join(id, lead, second);

        asMember(first).delete().uri("/projects/" + id + "/team/" + second.id()).exchange().expectStatus().isForbidden();
        asMember(lead).delete().uri("/projects/" + id + "/team/" + second.id()).exchange().expectStatus().isNoContent();
        asMember(lead).delete().uri("/projects/" + id + "/team/" + lead.id()).exchange().expectStatus().isEqualTo(409);
        asMember(lead).put().uri("/projects/" + id + "/lead").bodyValue(Map.of("memberId", second.id())).exchange()
                .expectStatus().isEqualTo(409);
        asMember(lead).put().uri("/projects/" + id + "/lead").bodyValue(Map.of("memberId", first.id())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.lead.id").isEqualTo(first.id());
        asMember(lead).delete().uri("/projects/" + id + "/team/" + lead.id()).exchange().expectStatus().isNoContent();

        asMember(first).get().uri("/projects/" + id).exchange().expectBody()
                .jsonPath("$.team.length()").isEqualTo(1)
                .jsonPath("$.yourAccess").isEqualTo("lead");
        var left = projectsTopic().awaitRecords(r -> is(r, TeamMemberLeft.TYPE.ceType(), id), 2);
        assertThat(left).extracting(TeamMemberLeft -> TeamMemberLeft.value())
                .anyMatch(value -> value.contains("\"reason\":\"removed\"") && value.contains(second.id()))
                .anyMatch(value -> value.contains("\"reason\":\"left\"") && value.contains(lead.id()));
    }

    @Test
    void following_twice_follows_once_and_unfollowing_is_told_once() {
        Member lead = admitted("Ada Moss");
        Member follower = admitted("Bea Quinn");
        String id = share(lead, "Outpatient letters", "public");

        asMember(follower).put().uri("/projects/" + id + "/follow").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.following").isEqualTo(true)
                .jsonPath("$.followers").isEqualTo(1);
        asMember(follower).put().uri("/projects/" + id + "/follow").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.followers").isEqualTo(1);
        var followed = assertPublishedConforming(ProjectFollowed.TYPE.ceType(), id);
        assertThat(followed.value()).contains("\"leadId\":\"" + lead.id() + "\"");

        asMember(follower).delete().uri("/projects/" + id + "/follow").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.following").isEqualTo(false);
        asMember(follower).delete().uri("/projects/" + id + "/follow").exchange().expectStatus().isOk();
        assertPublishedConforming(ProjectUnfollowed.TYPE.ceType(), id);
        assertThat(projectsTopic().drain(Duration.ofSeconds(2), r -> is(r, ProjectFollowed.TYPE.ceType(), id)))
                .hasSize(1);
    }

    @Test
    void a_follower_cannot_change_the_project_or_its_data() {
        Member lead = admitted("Cal Reed");
        Member follower = admitted("Dev Shah");
        String id = share(lead, "Bundle compliance", "members");
        String measure = asMember(lead).post().uri("/projects/" + id + "/measures")
                .bodyValue(Map.of("name", "Bundle compliance", "definition", "Share of patients with the full bundle",
                        "kind", "process", "improvement", "increase", "chartType", "run"))
                .exchange().expectStatus().isCreated()
                .expectBody(tools.jackson.databind.JsonNode.class).returnResult().getResponseBody().get("id").asString();
        asMember(follower).put().uri("/projects/" + id + "/follow").exchange().expectStatus().isOk();

        asMember(follower).put().uri("/projects/" + id + "/measures/" + measure + "/data/2026-01-05")
                .bodyValue(Map.of("value", 0.8)).exchange().expectStatus().isForbidden();
        asMember(follower).post().uri("/projects/" + id + "/measures")
                .bodyValue(Map.of("name", "n", "definition", "d", "kind", "process", "improvement", "increase",
                        "chartType", "run"))
                .exchange().expectStatus().isForbidden();
        asMember(follower).post().uri("/projects/" + id + "/cycles")
                .bodyValue(Map.of("title", "t", "change", "c", "prediction", "p")).exchange().expectStatus().isForbidden();
        asMember(follower).get().uri("/projects/" + id + "/measures/" + measure + "/data").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }
}
