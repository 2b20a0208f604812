package org.qnet.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.Candidate;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.delivery.application.Digests;
import org.springframework.beans.factory.annotation.Autowired;

/** Email through a real SMTP server (GreenMail): once per notification, never when off, one digest per period. */
class EmailIT extends NotificationsIntegrationTest {

    @Autowired
    Digests digests;

    private String member(String name) {
        String id = someone();
        publishTwice(Topics.MEMBERS, new MemberAdmitted(id, name, id + "@example.org", "nurse", "London", "o",
                List.of(), Instant.now()));
        assertInboxEventually(id, "Welcome to the community, " + name);
        return id;
    }

    private void prefer(String member, String connectionsEmail, boolean connectionsInbox) {
        http.mutateWith(mockJwt().jwt(jwt -> jwt.subject(member).claim("roles", List.of("MEMBER"))))
                .put().uri("/notification-preferences")
                .bodyValue(Map.of("topics", Map.of("connections", Map.of("inbox", connectionsInbox, "email", connectionsEmail)),
                        "digest", "daily"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void each_notification_is_emailed_exactly_once_even_when_its_event_comes_twice() {
        String member = member("Mo Mail");

        publishTwice(Topics.MEMBERS, new ConnectionRequested(someone(), someone(), member, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailTo(member + "@example.org"))
                .containsExactlyInAnyOrder("Welcome to the community, Mo Mail", "A member would like to connect"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mailTo(member + "@example.org")).hasSize(2));
    }

    @Test
    void a_member_who_turned_email_off_gets_none_but_still_sees_the_inbox() {
        String member = member("Nia Nomail");
        prefer(member, "off", true);

        publishTwice(Topics.MEMBERS, new ConnectionRequested(someone(), someone(), member, Instant.now()));

        assertInboxEventually(member, "Welcome to the community, Nia Nomail", "A member would like to connect");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mailTo(member + "@example.org")).containsExactly("Welcome to the community, Nia Nomail"));
    }

    @Test
    void a_digest_member_gets_one_digest_gathering_what_was_held_back() {
        String member = member("Dee Digest");
        prefer(member, "digest", false);

        publishTwice(Topics.MEMBERS, new ConnectionRequested(someone(), someone(), member, Instant.now()));
        publishTwice(Topics.MEMBERS, new ConnectionRequested(someone(), someone(), member, Instant.now()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mailTo(member + "@example.org")).containsExactly("Welcome to the community, Dee Digest"));
        assertThat(inboxTitles(member)).containsExactly("Welcome to the community, Dee Digest");

        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        digests.queueDue(tomorrow).block();
        digests.queueDue(tomorrow).block();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailTo(member + "@example.org"))
                .containsExactlyInAnyOrder("Welcome to the community, Dee Digest", "Your qnet digest: 2 updates"));
    }

    @Test
    void a_candidate_is_written_to_once_when_nominated_and_once_with_the_decision() {
        String address = someone() + "@candidate.example";
        String nomination = someone();
        Candidate candidate = new Candidate("Cara Candidate", address);

        publishTwice(Topics.MEMBERS, new NominationSubmitted(nomination, someone(), "northfield", candidate, Instant.now()));
        publishTwice(Topics.MEMBERS, new NominationDecided(nomination, someone(), "northfield", candidate, "admitted",
                "Strong work.", someone(), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailTo(address)).containsExactlyInAnyOrder(
                "You have been nominated to join the Q community", "Welcome to the Q community"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mailTo(address)).hasSize(2));
    }
}
