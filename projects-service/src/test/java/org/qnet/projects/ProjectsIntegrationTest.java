package org.qnet.projects;

import static org.awaitility.Awaitility.await;
import static org.qnet.testinfra.Callers.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.platform.messaging.EventJson;
import org.qnet.projects.member.infrastructure.KnownMembers;
import org.qnet.testinfra.CloudEventPublisher;
import org.qnet.testinfra.PublishedEvents;
import org.qnet.testinfra.TestInfra;
import org.qnet.testinfra.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * projects-service over HTTP on the real broker and store. Every integration test class shares one
 * application context and database; each test admits its own members (through {@code qnet.members},
 * as members-service would) and shares its own projects.
 */
@SpringBootTest
@AutoConfigureWebTestClient
public abstract class ProjectsIntegrationTest {


    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "projects");
    }

    @Autowired
    protected WebTestClient http;

    @Autowired
    private KnownMembers knownMembers;

    /** A member of the community, as this service hears of them on {@code qnet.members}. */
    protected record Member(String id, String name) {
    }

    protected Member admitted(String name) {
        Member member = new Member(UUID.randomUUID().toString(), name);
        var admitted = new MemberAdmitted(member.id(), name, name.toLowerCase().replace(' ', '.') + "@example.org",
                "nurse", "London", "northfield-nhs-trust", List.of("patient safety"), Instant.now());
        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            publisher.publish(Topics.MEMBERS, member.id(), UUID.randomUUID().toString(), MemberAdmitted.TYPE.ceType(),
                    EventJson.MAPPER.writeValueAsString(admitted));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> knownMembers.knows(member.id()).block());
        return member;
    }

    protected WebTestClient asMember(Member member) {
        return as(http, member.id(), "MEMBER");
    }

    /** Shares a project led by {@code lead} and returns its id. */
    protected String share(Member lead, String title, String visibility) {
        return asMember(lead).post().uri("/projects")
                .bodyValue(Map.of("title", title, "aim", "Reduce falls with harm by 30% by March 2027",
                        "topics", List.of("falls prevention", "patient safety"), "visibility", visibility,
                        "status", "active"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    /** Puts {@code member} on the project's team, as the lead accepting their request. */
    protected void join(String projectId, Member lead, Member member) {
        asMember(member).post().uri("/projects/" + projectId + "/join-requests").exchange().expectStatus().isAccepted();
        asMember(lead).post().uri("/projects/" + projectId + "/join-requests/" + member.id() + "/accept").exchange()
                .expectStatus().isOk();
    }

    /** What projects-service published on {@code qnet.projects}, read from the start of the topic. */
    protected static TopicReader projectsTopic() {
        return PublishedEvents.on(Topics.PROJECTS);
    }

    protected static boolean is(TopicReader.Received record, String ceType, String subject) {
        return PublishedEvents.about(record, ceType, subject);
    }

    /** Waits for an event of the type about the subject, and checks it against its schema. */
    protected static TopicReader.Received assertPublishedConforming(String ceType, String subject) {
        return PublishedEvents.assertPublishedConforming(Topics.PROJECTS, ceType, subject);
    }
}
