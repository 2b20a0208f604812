package org.qnet.events;

import static org.awaitility.Awaitility.await;
import static org.qnet.testinfra.Callers.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.events.member.infrastructure.KnownMembers;
import org.qnet.platform.messaging.EventJson;
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
 * events-service over HTTP on the real broker and store. Every integration test class shares one
 * application context and database; each test makes its own organisers, members and events.
 */
@SpringBootTest
@AutoConfigureWebTestClient
public abstract class EventsIntegrationTest {

    protected static final ZoneId LONDON = ZoneId.of("Europe/London");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "events");
    }

    @Autowired
    protected WebTestClient http;

    @Autowired
    protected KnownMembers knownMembers;

    /** A member admitted by members-service, as this service hears of it on {@code qnet.members}. */
    protected String admitted(String name) {
        String memberId = UUID.randomUUID().toString();
        var admitted = new MemberAdmitted(memberId, name, name.toLowerCase().replace(' ', '.') + "@example.org",
                "nurse", "London", "northfield-nhs-trust", List.of("patient safety"), Instant.now());
        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            publisher.publish(Topics.MEMBERS, memberId, UUID.randomUUID().toString(), MemberAdmitted.TYPE.ceType(),
                    EventJson.MAPPER.writeValueAsString(admitted));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> knownMembers.knows(memberId).block());
        return memberId;
    }

    protected WebTestClient asMember(String memberId) {
        return as(http, memberId, "MEMBER");
    }

    protected WebTestClient asOrganiser(String organiserId) {
        return as(http, organiserId, "ORGANISER");
    }

    /** A published seminar in London, a week from now, with the given capacity (null: unlimited). */
    protected String publishedEvent(String organiserId, Integer capacity) {
        return create(organiserId, event(capacity, true)).get("id").asString();
    }

    protected JsonNode create(String organiserId, Map<String, Object> body) {
        return asOrganiser(organiserId).post().uri("/events").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    protected static Map<String, Object> event(Integer capacity, boolean publish) {
        LocalDateTime start = LocalDateTime.now(LONDON).plusDays(7).withHour(13).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Run charts that teams read", "kind", "seminar",
                "summary", "Building a run chart your ward will look at.",
                "description", "## Plan\n\n* why\n* how", "start", start.toString(), "end", start.plusHours(1).toString(),
                "timeZone", "Europe/London", "onlineLink", "https://meet.example.org/run-charts",
                "topics", List.of("measurement for improvement"), "publish", publish));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return body;
    }

    /** What events-service published on {@code qnet.events}, read from the start of the topic. */
    protected static TopicReader eventsTopic() {
        return PublishedEvents.on(Topics.EVENTS);
    }

    protected static boolean is(TopicReader.Received record, String ceType, String subject) {
        return PublishedEvents.about(record, ceType, subject);
    }

    protected static TopicReader.Received assertPublishedConforming(String ceType, String subject) {
        return PublishedEvents.assertPublishedConforming(Topics.EVENTS, ceType, subject);
    }
}
