package org.qnet.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.delivery.infrastructure.EmailQueue.Claimed;
import org.qnet.notifications.delivery.model.Email;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

/**
 * Senders claim due emails from the queue, each email by one sender. The emails here fall due a day
 * from now, so the service's own sender, which claims what is due now, leaves them to the test.
 */
class EmailQueueIT extends NotificationsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

    @Autowired
    private EmailQueue queue;

    @Test
    void senders_claiming_at_once_take_each_due_email_once_oldest_first() {
        List<String> ids = enqueue(30);

        List<String> claimed = new ArrayList<>(ownIds(Flux.merge(queue.claimDue(tomorrow, 20), queue.claimDue(tomorrow, 20)), ids));
        List<String> rest = ownIds(queue.claimDue(tomorrow, 50), ids);
        claimed.addAll(rest);

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(rest).as("what the first claims left, oldest first").isEqualTo(ids.subList(ids.size() - rest.size(), ids.size()));
        assertThat(ownIds(queue.claimDue(tomorrow, 50), ids)).as("nothing is claimed twice").isEmpty();
    }

    @Test
    void a_claim_left_by_a_sender_that_died_is_taken_over_after_a_while() {
        List<String> ids = enqueue(3);
        assertThat(ownIds(queue.claimDue(tomorrow, 10), ids)).containsExactlyElementsOf(ids);

        assertThat(ownIds(queue.claimDue(tomorrow.plus(Duration.ofMinutes(1)), 10), ids)).as("still being sent").isEmpty();
        List<Claimed> takenOver = queue.claimDue(tomorrow.plus(Duration.ofMinutes(6)), 10)
                .filter(c -> ids.contains(c.id())).collectList().block(WAIT);

        assertThat(takenOver).extracting(Claimed::id).containsExactlyElementsOf(ids);
        assertThat(takenOver).allSatisfy(c -> assertThat(c.email().subject()).isEqualTo("Seminar tomorrow"));
    }

    /** Emails due one second apart from tomorrow on, oldest first; their ids. */
    private List<String> enqueue(int count) {
        String run = UUID.randomUUID().toString();
        List<Document> emails = IntStream.range(0, count).mapToObj(i -> {
            String to = "peer-" + i + "-" + run + "@example.org";
            return EmailQueue.queued(to, UUID.randomUUID().toString(),
                    new Email(to, "Seminar tomorrow", "See you there.", "<p>See you there.</p>"), false,
                    tomorrow.minus(Duration.ofSeconds(count - i)));
        }).toList();
        queue.enqueue(emails).block(WAIT);
        return emails.stream().map(email -> email.getString("_id")).toList();
    }

    private static List<String> ownIds(Flux<Claimed> claims, List<String> ours) {
        Set<String> own = Set.copyOf(ours);
        return claims.map(Claimed::id).filter(own::contains).collectList().block(WAIT);
    }
}
