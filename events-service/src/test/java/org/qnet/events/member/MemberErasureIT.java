package org.qnet.events.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberErased;
import org.qnet.events.EventsIntegrationTest;
import org.qnet.platform.messaging.EventJson;
import org.qnet.testinfra.CloudEventPublisher;
import tools.jackson.databind.JsonNode;

/** An erased member's registrations keep their seats but no longer say whose they were; their feed stops. */
class MemberErasureIT extends EventsIntegrationTest {

    @Test
    void an_erased_member_disappears_from_attendee_lists_and_their_feed_stops() {
        String event = publishedEvent("olu", 5);
        String member = admitted("Erin Gone");
        asMember(member).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();
        String url = asMember(member).post().uri("/calendar/subscription").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("url").asString();
        String feed = url.substring(url.indexOf("/calendar/feeds/"));

        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            publisher.publish(Topics.MEMBERS, member, UUID.randomUUID().toString(), MemberErased.TYPE.ceType(),
                    EventJson.MAPPER.writeValueAsString(new MemberErased(member, Instant.now())));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode list = asOrganiser("olu").get().uri("/events/" + event + "/registrations").exchange()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(list.get("confirmed").size()).isEqualTo(1);
            JsonNode seat = list.get("confirmed").get(0);
            assertThat(seat.get("memberId").asString()).isNotEqualTo(member);
            assertThat(seat.get("name").asString()).isEqualTo("Former member");
            assertThat(seat.get("email").isNull()).isTrue();
        });
        http.get().uri(feed).exchange().expectStatus().isNotFound();
        asOrganiser("olu").get().uri("/events/" + event).exchange().expectBody().jsonPath("$.seatsTaken").isEqualTo(1);
    }
}
