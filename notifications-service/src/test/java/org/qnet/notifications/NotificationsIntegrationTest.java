package org.qnet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.platform.messaging.EventJson;
import org.qnet.testinfra.CloudEventPublisher;
import org.qnet.testinfra.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * notifications-service reading the producers' topics on the real broker and store. Every test
 * publishes its events the way a producer does, each one twice, and reads inboxes over HTTP.
 */
@SpringBootTest
@AutoConfigureWebTestClient
public abstract class NotificationsIntegrationTest {

    /** A real SMTP server in this JVM, started once for every integration test class that shares the context. */
    protected static final GreenMail MAIL = startMail();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "notifications");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("qnet.notifications.email.interval", () -> "500ms");
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "greenmail-stop"));
        return mail;
    }

    /** Subjects of the mail GreenMail received for one address. */
    protected static List<String> mailTo(String address) {
        List<String> subjects = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : MAIL.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                    subjects.add(message.getSubject());
                }
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return subjects;
    }

    @Autowired
    protected WebTestClient http;

    protected static String someone() {
        return UUID.randomUUID().toString();
    }

    /**
     * Publishes an event on its topic, and then the very same event again, as a redelivery would;
     * returns the event's id.
     */
    protected static String publishTwice(String topic, IntegrationEvent event) {
        String eventId = UUID.randomUUID().toString();
        try (CloudEventPublisher publisher = CloudEventPublisher.toTestInfra()) {
            for (int delivery = 0; delivery < 2; delivery++) {
                publisher.publish(topic, event.subject(), eventId, event.eventType().ceType(),
                        EventJson.MAPPER.writeValueAsString(event));
            }
        }
        return eventId;
    }

    protected List<String> inboxTitles(String memberId) {
        JsonNode page = http.mutateWith(mockJwt().jwt(jwt -> jwt.subject(memberId).claim("roles", List.of("MEMBER"))))
                .get().uri("/notifications?limit=100").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    /** Waits until the member has exactly the notices expected, then checks no second copy arrives. */
    protected void assertInboxEventually(String memberId, String... titles) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inboxTitles(memberId)).containsExactlyInAnyOrder(titles));
    }

    protected void assertInboxStays(String memberId, String... titles) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(inboxTitles(memberId)).containsExactlyInAnyOrder(titles));
    }
}
