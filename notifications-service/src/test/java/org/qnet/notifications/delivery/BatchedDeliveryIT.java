package org.qnet.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.notifications.delivery.application.Delivery;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.util.context.Context;

/** What the events of one batch deliver is delivered together when the batch completes. */
class BatchedDeliveryIT extends NotificationsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private Delivery delivery;

    @Autowired
    private People people;

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Test
    void what_a_batch_delivers_reaches_inbox_and_email_queue_when_the_batch_completes_in_the_order_delivered() {
        String sam = member("sam");
        Context batch = delivery.open();

        delivery.deliver(List.of(notice(sam, "Maya Patel would like to connect"))).contextWrite(batch).block(WAIT);
        delivery.deliver(List.of(notice(sam, "Ravi Shah would like to connect"))).contextWrite(batch).block(WAIT);
        assertThat(inboxTitles(sam)).as("before the batch completes").isEmpty();

        delivery.complete(batch).block(WAIT);

        assertThat(inboxTitles(sam)).containsExactly("Ravi Shah would like to connect", "Maya Patel would like to connect");
        assertThat(emailsQueuedFor(sam)).isEqualTo(2);
    }

    @Test
    void a_member_erased_within_the_batch_gets_nothing_it_was_to_deliver_to_them() {
        String erin = member("erin");
        String sam = member("sam");
        Context batch = delivery.open();
        delivery.deliver(List.of(notice(erin, "Maya Patel would like to connect"), notice(sam, "Maya Patel would like to connect")))
                .contextWrite(batch).block(WAIT);

        delivery.dropPendingTo(erin).contextWrite(batch).block(WAIT);
        delivery.complete(batch).block(WAIT);

        assertThat(inboxTitles(erin)).isEmpty();
        assertThat(emailsQueuedFor(erin)).isZero();
        assertThat(inboxTitles(sam)).containsExactly("Maya Patel would like to connect");
    }

    @Test
    void notices_naming_someone_give_the_name_known_when_the_batch_completes_and_a_stranger_is_a_member() {
        String sam = member("sam");
        String maya = someone();
        String stranger = someone();
        Context batch = people.batched().open().putAll(delivery.open());
        delivery.deliverNaming(maya, name -> List.of(notice(sam, name + " would like to connect")))
                .contextWrite(batch).block(WAIT);
        delivery.deliverNaming(stranger, name -> List.of(notice(sam, name + " joined your project")))
                .contextWrite(batch).block(WAIT);
        people.remember(maya, "Maya Patel", "maya@example.org", List.of()).contextWrite(batch).block(WAIT);

        people.batched().andThen(delivery).complete(batch).block(WAIT);

        assertThat(inboxTitles(sam)).containsExactly("A member joined your project", "Maya Patel would like to connect");
    }

    @Test
    void a_notice_naming_someone_outside_a_batch_is_named_at_once() {
        String sam = member("sam");
        String maya = member("maya");

        delivery.deliverNaming(maya, name -> List.of(notice(sam, name + " accepted your request to connect"))).block(WAIT);

        assertThat(inboxTitles(sam)).containsExactly("maya accepted your request to connect");
    }

    @Test
    void outside_a_batch_a_delivery_is_made_at_once() {
        String sam = member("sam");

        delivery.deliver(List.of(notice(sam, "Welcome to the community, Sam Jones"))).block(WAIT);

        assertThat(inboxTitles(sam)).containsExactly("Welcome to the community, Sam Jones");
    }

    private String member(String name) {
        String id = someone();
        people.remember(id, name, name + "-" + id + "@example.org", List.of()).block(WAIT);
        return id;
    }

    private long emailsQueuedFor(String memberId) {
        return mongo.count(Query.query(Criteria.where("recipient").is(memberId)), EmailQueue.COLLECTION).block(WAIT);
    }

    private static Notification notice(String recipient, String title) {
        return Notification.unread(recipient, Category.CONNECTION, title, "A member would like to connect.",
                "/connections", UUID.randomUUID().toString(), Instant.now());
    }
}
