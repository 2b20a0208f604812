package org.qnet.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.delivery.model.Email;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The sender takes the queue a batch at a time over one SMTP connection, each email once. */
class EmailSendingIT extends NotificationsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private EmailQueue queue;

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Test
    void a_queue_of_several_batches_goes_out_with_each_email_sent_once() {
        String run = UUID.randomUUID().toString();
        List<String> addresses = IntStream.range(0, 130).mapToObj(i -> "reader-" + i + "-" + run + "@example.org").toList();

        queue.enqueue(addresses.stream().map(to -> queued(to, "Your weekly run chart")).toList()).block();

        await().atMost(WAIT).untilAsserted(() -> assertThat(addresses).allSatisfy(to ->
                assertThat(mailTo(to)).containsExactly("Your weekly run chart")));
        assertThat(addresses).allSatisfy(to -> assertThat(statusOf(to)).isEqualTo("SENT"));
    }

    @Test
    void an_email_that_cannot_be_written_is_put_back_for_later_and_its_batch_still_goes() {
        String run = UUID.randomUUID().toString();
        String unwritable = "not an address <" + run;
        List<String> addresses = IntStream.range(0, 3).mapToObj(i -> "peer-" + i + "-" + run + "@example.org").toList();

        queue.enqueue(List.of(queued(addresses.get(0), "Seminar tomorrow"), queued(unwritable, "Seminar tomorrow"),
                queued(addresses.get(1), "Seminar tomorrow"), queued(addresses.get(2), "Seminar tomorrow"))).block();

        await().atMost(WAIT).untilAsserted(() -> assertThat(addresses).allSatisfy(to ->
                assertThat(mailTo(to)).containsExactly("Seminar tomorrow")));
        await().atMost(WAIT).untilAsserted(() -> {
            Document putBack = emailTo(unwritable);
            assertThat(putBack.getString("status")).isEqualTo("PENDING");
            assertThat(putBack.getInteger("attempts")).isEqualTo(1);
            assertThat(putBack.getDate("dueAt")).isAfter(Date.from(Instant.now()));
            assertThat(putBack.getString("lastError")).isNotBlank();
        });
    }

    private static Document queued(String to, String subject) {
        return EmailQueue.queued(to, UUID.randomUUID().toString(),
                new Email(to, subject, subject + ", as planned.", "<p>" + subject + "</p>"), false, Instant.now());
    }

    private String statusOf(String to) {
        return emailTo(to).getString("status");
    }

    private Document emailTo(String to) {
        return mongo.findOne(Query.query(Criteria.where("to").is(to)), Document.class, EmailQueue.COLLECTION).block();
    }
}
