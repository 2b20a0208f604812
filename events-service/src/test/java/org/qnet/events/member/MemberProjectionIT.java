package org.qnet.events.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.events.EventsIntegrationTest;
import org.qnet.platform.messaging.EventJson;
import org.qnet.testinfra.CloudEventPublisher;
import tools.jackson.databind.JsonNode;

/** The members this service knows follow qnet.members, a poll of events at a time. */
class MemberProjectionIT extends EventsIntegrationTest {

    @Test
    void a_burst_of_profile_changes_leaves_the_last_name_on_the_attendee_list_and_keeps_the_email() {
        String event = publishedEvent("olu", 5);
        String member = admitted("Maya Patel");
        asMember(member).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();

        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            for (int change = 1; change <= 30; change++) {
                publisher.publishWithoutWaiting(Topics.MEMBERS, member, UUID.randomUUID().toString(),
                        MemberProfileUpdated.TYPE.ceType(), renamed(member, "Maya Patel " + change));
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode seat = asOrganiser("olu").get().uri("/events/" + event + "/registrations").exchange()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get("confirmed").get(0);
            assertThat(seat.get("name").asString()).isEqualTo("Maya Patel 30");
            assertThat(seat.get("email").asString()).isEqualTo("maya.patel@example.org");
        });
    }

    @Test
    void a_member_renamed_and_then_erased_in_one_burst_stays_forgotten() {
        String member = admitted("Erin Gone");
        String after = UUID.randomUUID().toString();

        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            publisher.publishWithoutWaiting(Topics.MEMBERS, member, UUID.randomUUID().toString(),
                    MemberProfileUpdated.TYPE.ceType(), renamed(member, "Erin Renamed"));
            publisher.publishWithoutWaiting(Topics.MEMBERS, member, UUID.randomUUID().toString(), MemberErased.TYPE.ceType(),
                    EventJson.MAPPER.writeValueAsString(new MemberErased(member, Instant.now())));
            // Under the erased member's key, so it is handled after the erasure's batch has completed.
            publisher.publishWithoutWaiting(Topics.MEMBERS, member, UUID.randomUUID().toString(), MemberAdmitted.TYPE.ceType(),
                    EventJson.MAPPER.writeValueAsString(new MemberAdmitted(after, "Next Member", "next@example.org",
                            "nurse", "London", "northfield-nhs-trust", List.of(), Instant.now())));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> knownMembers.knows(after).block());
        assertThat(knownMembers.knows(member).block()).isFalse();
    }

    private static String renamed(String member, String name) {
        return EventJson.MAPPER.writeValueAsString(new MemberProfileUpdated(member, name, "nurse", "London",
                List.of("patient safety"), false, true, Instant.now()));
    }
}
