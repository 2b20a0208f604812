package org.qnet.notifications.members;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.platform.messaging.EventJson;
import org.qnet.testinfra.CloudEventPublisher;
import org.qnet.testinfra.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** OrganisationRegistered on the real broker becomes one notification per nominator, once. */
@SpringBootTest
@AutoConfigureWebTestClient
class OrganisationNoticesIT {

    private static CloudEventPublisher events;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "notifications-organisations");
    }

    @BeforeAll
    static void connect() {
        events = CloudEventPublisher.toTestInfra();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Autowired
    WebTestClient http;

    private WebTestClient as(String subject) {
        return http.mutateWith(mockJwt().jwt(jwt -> jwt.subject(subject).claim("roles", List.of("NOMINATOR"))));
    }

    @Test
    void nominator_is_told_once_even_when_the_event_is_delivered_twice() {
        String nominator = "nominator-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, registered("Westmoor Health Board", nominator));
        publish(eventId, registered("Westmoor Health Board", nominator));
        String later = UUID.randomUUID().toString();
        publish(later, registered("Eastvale University", nominator));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(nominator).get().uri("/notifications")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2));
        as(nominator).get().uri("/notifications").exchange()
                .expectBody()
                .jsonPath("$.items[1].title").isEqualTo("You can now nominate candidates for Westmoor Health Board")
                .jsonPath("$.items[1].sourceEventId").isEqualTo(eventId)
                .jsonPath("$.items[1].read").isEqualTo(false)
                .jsonPath("$.items[0].sourceEventId").isEqualTo(later);
        as(nominator).get().uri("/notifications/unread-count").exchange()
                .expectBody().jsonPath("$.unread").isEqualTo(2);
    }

    @Test
    void inbox_shows_only_the_callers_own_notifications_and_only_they_can_mark_them_read() {
        String nominator = "nominator-" + UUID.randomUUID();
        publish(UUID.randomUUID().toString(), registered("Southgate Charity", nominator));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(nominator).get().uri("/notifications/unread-count")
                .exchange().expectBody().jsonPath("$.unread").isEqualTo(1));
        String id = as(nominator).get().uri("/notifications").exchange().expectBody(Map.class).returnResult()
                .getResponseBody().get("items").toString().replaceAll(".*id=([0-9a-f]{24}).*", "$1");

        as("someone-else").get().uri("/notifications").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        as("someone-else").post().uri("/notifications/" + id + "/read").exchange().expectStatus().isNotFound();
        as(nominator).get().uri("/notifications/unread-count").exchange().expectBody().jsonPath("$.unread").isEqualTo(1);

        as(nominator).post().uri("/notifications/" + id + "/read").exchange().expectStatus().isNoContent();
        as(nominator).get().uri("/notifications?unread=true").exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void nonsense_paging_parameters_are_400() {
        as("nora").get().uri("/notifications?cursor=not-a-cursor").exchange().expectStatus().isBadRequest();
        as("nora").get().uri("/notifications?limit=0").exchange().expectStatus().isBadRequest();
        as("nora").get().uri("/notifications?limit=lots").exchange().expectStatus().isBadRequest();
    }

    private static OrganisationRegistered registered(String name, String nominator) {
        return new OrganisationRegistered(name.toLowerCase().replace(' ', '-'), name, "charity", "Wales",
                List.of(new OrganisationRegistered.Nominator(nominator, nominator + "@example.org")), Instant.now());
    }

    private static void publish(String eventId, OrganisationRegistered event) {
        events.publish(Topics.MEMBERS, event.subject(), eventId, OrganisationRegistered.TYPE.ceType(),
                EventJson.MAPPER.writeValueAsBytes(event));
    }
}
