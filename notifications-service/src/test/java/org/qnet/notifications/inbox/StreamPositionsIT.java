package org.qnet.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.inbox.infrastructure.LiveNotifications;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Each instance remembers the positions it wrote; whatever it remembers, a recipient's stream stays
 * 1, 2, 3... with every notification once.
 */
class StreamPositionsIT extends NotificationsIntegrationTest {

    @Autowired
    private ReactiveMongoTemplate mongo;

    private NotificationStore instance() {
        return new NotificationStore(mongo, new LiveNotifications(), 100);
    }

    @Test
    void two_instances_taking_turns_for_one_recipient_leave_no_gap_and_no_repeat() {
        String member = someone();
        NotificationStore first = instance();
        NotificationStore second = instance();

        store(first, notice(member, "one"));
        store(second, notice(member, "two"));
        store(first, notice(member, "three"));
        store(second, notice(member, "four"));

        assertThat(stream(first, member)).extracting(Notification::position, Notification::title)
                .containsExactly(tuple(1L, "one"), tuple(2L, "two"), tuple(3L, "three"), tuple(4L, "four"));
    }

    @Test
    void a_notification_stored_again_is_kept_once_and_the_next_one_follows_it() {
        String member = someone();
        NotificationStore store = instance();
        Notification welcome = notice(member, "welcome");

        store(store, welcome);
        store(store, welcome);
        store(store, notice(member, "next"));

        assertThat(stream(store, member)).extracting(Notification::position).containsExactly(1L, 2L);
    }

    @Test
    void a_recipient_whose_notifications_were_deleted_starts_again_at_one() {
        String member = someone();
        NotificationStore store = instance();
        store(store, notice(member, "before erasure"));
        store.deleteAllOf(member).block(Duration.ofSeconds(10));

        store(store, notice(member, "after"));

        assertThat(stream(store, member)).extracting(Notification::position).containsExactly(1L);
    }

    @Test
    void one_batch_for_many_recipients_gives_each_the_next_position_of_their_own() {
        String known = someone();
        String fresh = someone();
        NotificationStore store = instance();
        store(store, notice(known, "first"));

        store.addBatch(List.of(notice(known, "second"), notice(fresh, "first"))).block(Duration.ofSeconds(10));

        assertThat(stream(store, known)).extracting(Notification::position).containsExactly(1L, 2L);
        assertThat(stream(store, fresh)).extracting(Notification::position).containsExactly(1L);
    }

    @Test
    void several_notifications_for_one_recipient_in_one_batch_follow_each_other_in_order() {
        String member = someone();
        String other = someone();
        NotificationStore store = instance();
        store(store, notice(member, "first"));

        store.addBatch(List.of(notice(member, "second"), notice(other, "first"), notice(member, "third"),
                notice(member, "fourth"))).block(Duration.ofSeconds(10));

        assertThat(stream(store, member)).extracting(Notification::position, Notification::title)
                .containsExactly(tuple(1L, "first"), tuple(2L, "second"), tuple(3L, "third"), tuple(4L, "fourth"));
        assertThat(stream(store, other)).extracting(Notification::position).containsExactly(1L);
    }

    @Test
    void a_batch_repeating_a_stored_notification_before_a_new_one_leaves_no_gap() {
        String member = someone();
        NotificationStore store = instance();
        Notification welcome = notice(member, "welcome");
        store(store, welcome);

        store.addBatch(List.of(welcome, notice(member, "next"))).block(Duration.ofSeconds(10));

        assertThat(stream(store, member)).extracting(Notification::position, Notification::title)
                .containsExactly(tuple(1L, "welcome"), tuple(2L, "next"));
    }

    private static Notification notice(String recipient, String title) {
        return Notification.unread(recipient, Category.CONNECTION, title, "A member would like to connect.",
                "/connections", UUID.randomUUID().toString(), Instant.now());
    }

    private static void store(NotificationStore store, Notification notification) {
        store.addBatch(List.of(notification)).block(Duration.ofSeconds(10));
    }

    private static List<Notification> stream(NotificationStore store, String member) {
        return store.after(member, 0, 100).collectList().block(Duration.ofSeconds(10));
    }
}
