package org.qnet.members.suggestion;

import static org.awaitility.Awaitility.await;
import static org.qnet.testinfra.Callers.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.members.MembersIntegrationTest;
import org.qnet.members.member.MemberSeeds;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.messaging.EventJson;
import org.qnet.testinfra.CloudEventPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Suggested peers, ranked and explained, on the real store and broker. */
class SuggestionsIT extends MembersIntegrationTest {

    @Autowired
    MemberStore store;

    @Test
    void peers_are_ranked_by_shared_topics_then_region_and_linked_or_hidden_ones_are_left_out() {
        MemberSeeds seeds = new MemberSeeds(store);
        String a = "topic-a-" + System.nanoTime();
        String b = "topic-b-" + System.nanoTime();
        String c = "topic-c-" + System.nanoTime();
        Member me = seeds.admit("Me", Region.NORTHERN_IRELAND, Profession.NURSE, List.of(a, b, c));
        Member closest = seeds.admit("Closest", Region.NORTHERN_IRELAND, Profession.DOCTOR, List.of(a, b, c));
        Member oneTopic = seeds.admit("One Topic", Region.LONDON, Profession.DOCTOR, List.of(b));
        Member neighbour = seeds.admit("Neighbour", Region.NORTHERN_IRELAND, Profession.MANAGER, List.of("unrelated"));
        Member connected = seeds.admit("Connected", Region.NORTHERN_IRELAND, Profession.DOCTOR, List.of(a, b));
        Member hidden = seeds.admit("Hidden", Region.NORTHERN_IRELAND, Profession.DOCTOR, List.of(a, b));
        as(http, hidden.id(), "MEMBER").patch().uri("/members/me").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"visibility\": \"hidden\"}").exchange().expectStatus().isOk();
        as(http, me.id(), "MEMBER").post().uri("/connections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"peerId\": \"" + connected.id() + "\"}").exchange().expectStatus().isCreated();

        as(http, me.id(), "MEMBER").get().uri("/members/me/suggestions?limit=50").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].id").isEqualTo(closest.id())
                .jsonPath("$[0].reason").isEqualTo("3 shared topics, same region")
                .jsonPath("$[1].id").isEqualTo(oneTopic.id())
                .jsonPath("$[1].reason").isEqualTo("1 shared topic")
                .jsonPath("$[?(@.id == '%s')].reason".formatted(neighbour.id())).isEqualTo("same region")
                .jsonPath("$[?(@.id == '%s')]".formatted(connected.id())).doesNotExist()
                .jsonPath("$[?(@.id == '%s')]".formatted(hidden.id())).doesNotExist()
                .jsonPath("$[?(@.id == '%s')]".formatted(me.id())).doesNotExist();
    }

    @Test
    void a_peer_on_the_same_project_team_is_suggested_for_it_until_they_leave() {
        MemberSeeds seeds = new MemberSeeds(store);
        Member lead = seeds.admit("Project Lead", Region.WALES, Profession.NURSE, List.of("topic-x-" + System.nanoTime()));
        Member teammate = seeds.admit("Team Mate", Region.SCOTLAND, Profession.DOCTOR,
                List.of("topic-y-" + System.nanoTime()));
        String project = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(ProjectCreated.TYPE.ceType(), project, new ProjectCreated(project, "Falls", "Fewer falls", List.of(),
                null, "members", "active", lead.id(), now));
        publish(TeamMemberJoined.TYPE.ceType(), project, new TeamMemberJoined(project, teammate.id(), "member", now));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(http, lead.id(), "MEMBER").get()
                .uri("/members/me/suggestions?limit=50").exchange().expectBody()
                .jsonPath("$[0].id").isEqualTo(teammate.id())
                .jsonPath("$[0].reason").isEqualTo("1 shared project"));

        publish(TeamMemberLeft.TYPE.ceType(), project, new TeamMemberLeft(project, teammate.id(), "left", now));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(http, lead.id(), "MEMBER").get()
                .uri("/members/me/suggestions?limit=50").exchange().expectBody()
                .jsonPath("$[?(@.id == '%s')]".formatted(teammate.id())).doesNotExist());
    }

    private static void publish(String ceType, String projectId, Object event) {
        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            publisher.publish(Topics.PROJECTS, projectId, UUID.randomUUID().toString(), ceType,
                    EventJson.MAPPER.writeValueAsString(event));
        }
    }
}
