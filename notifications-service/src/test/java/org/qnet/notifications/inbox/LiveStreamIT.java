package org.qnet.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.inbox.infrastructure.LiveNotifications;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;
import org.qnet.platform.scheduling.RecurringPass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * A member's live stream: new notifications as they are stored, by this instance or another, and a
 * resume that misses and repeats nothing.
 */
class LiveStreamIT extends NotificationsIntegrationTest {

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private NotificationStore notifications;

    @Autowired
    @Qualifier("storedElsewhereLooks")
    private RecurringPass storedElsewhereLooks;

    private static final ParameterizedTypeReference<ServerSentEvent<JsonNode>> EVENTS = new ParameterizedTypeReference<>() {
    };

    private Flux<ServerSentEvent<JsonNode>> stream(String member, String lastEventId) {
        WebTestClient.RequestHeadersSpec<?> request = http
                .mutateWith(mockJwt().jwt(jwt -> jwt.subject(member).claim("roles", List.of("MEMBER"))))
                .mutate().responseTimeout(Duration.ofMinutes(1)).build()
                .get().uri("/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        return request.exchange().expectStatus().isOk().returnResult(EVENTS).getResponseBody()
                .filter(event -> "notification".equals(event.event()));
    }

    @Test
    void a_new_notification_reaches_the_open_stream() {
        String member = someone();
        Flux<ServerSentEvent<JsonNode>> live = stream(member, null).take(1).cache();
        live.subscribe();

        publishTwice(Topics.MEMBERS, new MemberAdmitted(member, "Lena Live", "l@example.org", "nurse", "London", "o",
                List.of(), Instant.now()));

        ServerSentEvent<JsonNode> received = live.blockLast(Duration.ofSeconds(30));
        assertThat(received.id()).isEqualTo("1");
        assertThat(received.data().get("title").asString()).isEqualTo("Welcome to the community, Lena Live");
        String metrics = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).containsPattern("qnet_notifications_latency_seconds_count\\{[^}]*stage=\"stored\"\\} [1-9]")
                .containsPattern("qnet_notifications_latency_seconds_count\\{[^}]*stage=\"pushed\"\\} [1-9]")
                .containsPattern("qnet_notifications_delivered_total\\{[^}]*category=\"membership\",channel=\"inbox\"\\} [1-9]");
    }

    @Test
    void a_notification_another_instance_stored_reaches_the_open_stream() {
        String member = someone();
        Flux<ServerSentEvent<JsonNode>> live = stream(member, null).take(2).cache();
        live.subscribe();
        publishTwice(Topics.MEMBERS, new MemberAdmitted(member, "Ola Other", "o@example.org", "nurse", "London", "o",
                List.of(), Instant.now()));
        live.take(1).blockLast(Duration.ofSeconds(30));

        // Another instance shares the database but not this instance's wake-ups: only the shared look finds it.
        NotificationStore otherInstance = new NotificationStore(mongo, new LiveNotifications(), 100);
        otherInstance.addBatch(List.of(Notification.unread(member, Category.CONNECTION, "Stored by another instance",
                "A member would like to connect.", "/connections", UUID.randomUUID().toString(), Instant.now())))
                .block(Duration.ofSeconds(10));

        ServerSentEvent<JsonNode> received = live.blockLast(Duration.ofSeconds(30));
        assertThat(received.id()).isEqualTo("2");
        assertThat(received.data().get("title").asString()).isEqualTo("Stored by another instance");
    }

    @Test
    void what_another_instance_stores_between_this_instances_own_reaches_the_open_stream_in_order() {
        String member = someone();
        Flux<ServerSentEvent<JsonNode>> live = stream(member, null).take(4).cache();
        live.subscribe();
        notifications.addBatch(List.of(connectionRequest(member, "Here first"))).block(Duration.ofSeconds(10));
        live.take(1).blockLast(Duration.ofSeconds(30));

        NotificationStore otherInstance = new NotificationStore(mongo, new LiveNotifications(), 100);
        otherInstance.addBatch(List.of(connectionRequest(member, "Elsewhere second"))).block(Duration.ofSeconds(10));
        otherInstance.addBatch(List.of(connectionRequest(member, "Elsewhere third"))).block(Duration.ofSeconds(10));
        live.take(3).blockLast(Duration.ofSeconds(30));
        notifications.addBatch(List.of(connectionRequest(member, "Here fourth"))).block(Duration.ofSeconds(10));

        List<ServerSentEvent<JsonNode>> received = live.collectList().block(Duration.ofSeconds(30));
        assertThat(received).extracting(ServerSentEvent::id).containsExactly("1", "2", "3", "4");
        assertThat(received).extracting(event -> event.data().get("title").asString())
                .containsExactly("Here first", "Elsewhere second", "Elsewhere third", "Here fourth");
    }

    @Test
    void a_reconnect_with_the_last_event_id_gets_what_came_after_and_nothing_before() {
        String member = someone();
        publishTwice(Topics.MEMBERS, new MemberAdmitted(member, "Rae Resume", "r@example.org", "nurse", "London", "o",
                List.of(), Instant.now()));
        for (int request = 0; request < 3; request++) {
            publishTwice(Topics.MEMBERS, new ConnectionRequested(someone(), someone(), member, Instant.now()));
        }
        assertInboxEventually(member, "Welcome to the community, Rae Resume", "A member would like to connect",
                "A member would like to connect", "A member would like to connect");

        List<ServerSentEvent<JsonNode>> first = stream(member, null).take(2).collectList().block(Duration.ofSeconds(30));
        List<ServerSentEvent<JsonNode>> resumed = stream(member, first.get(1).id()).take(2).collectList()
                .block(Duration.ofSeconds(30));

        assertThat(first).extracting(ServerSentEvent::id).containsExactly("1", "2");
        assertThat(resumed).extracting(ServerSentEvent::id).containsExactly("3", "4");
    }

    @Test
    void notifications_this_instance_stores_are_sent_as_written_without_reading_the_inbox_again() {
        String member = someone();
        Flux<ServerSentEvent<JsonNode>> live = stream(member, null).take(4).cache();
        live.subscribe();
        notifications.addBatch(List.of(connectionRequest(member, "First"))).block(Duration.ofSeconds(10));
        live.take(1).blockLast(Duration.ofSeconds(30));
        // The look for what other instances stored reads the inbox on its own timer; the stream is measured without it.
        storedElsewhereLooks.stop();
        try {
            double readsBefore = inboxReads();
            assertThat(readsBefore).as("the stream's first read, counted").isPositive();

            notifications.addBatch(List.of(connectionRequest(member, "Second"), connectionRequest(member, "Third"),
                    connectionRequest(member, "Fourth"))).block(Duration.ofSeconds(10));

            List<ServerSentEvent<JsonNode>> received = live.collectList().block(Duration.ofSeconds(30));
            assertThat(received).extracting(ServerSentEvent::id).containsExactly("1", "2", "3", "4");
            assertThat(received).extracting(event -> event.data().get("title").asString())
                    .containsExactly("First", "Second", "Third", "Fourth");
            assertThat(inboxReads()).isEqualTo(readsBefore);
        } finally {
            storedElsewhereLooks.start();
        }
    }

    @Test
    void a_reconnect_gets_everything_after_its_last_event_id_however_much_that_is() {
        String member = someone();
        List<Notification> missed = new ArrayList<>();
        for (int n = 1; n <= 250; n++) {
            missed.add(connectionRequest(member, "Request " + n));
        }
        notifications.addBatch(missed).block(Duration.ofSeconds(60));

        List<ServerSentEvent<JsonNode>> resumed = stream(member, "20").take(230).collectList()
                .block(Duration.ofSeconds(30));

        assertThat(resumed).extracting(ServerSentEvent::id).first().isEqualTo("21");
        assertThat(resumed).extracting(ServerSentEvent::id).last().isEqualTo("250");
    }

    private static Notification connectionRequest(String member, String title) {
        return Notification.unread(member, Category.CONNECTION, title, "A member would like to connect.",
                "/connections", UUID.randomUUID().toString(), Instant.now());
    }

    /** How many reads of the notifications collection this instance has sent to the store. */
    private double inboxReads() {
        String metrics = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return metrics.lines()
                .filter(line -> line.startsWith("mongodb_driver_commands_seconds_count{")
                        && line.contains("collection=\"notifications\"") && line.contains("command=\"find\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void a_last_event_id_the_stream_never_gave_is_a_bad_request() {
        http.mutateWith(mockJwt().jwt(jwt -> jwt.subject(someone()).claim("roles", List.of("MEMBER"))))
                .get().uri("/notifications/stream").header("Last-Event-ID", "not-a-position")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isBadRequest();
    }
}
