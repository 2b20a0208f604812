package org.qnet.notifications.inbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.qnet.notifications.inbox.infrastructure.LiveNotifications.Wake;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;
import reactor.core.Disposable;

class LiveNotificationsTest {

    private final LiveNotifications live = new LiveNotifications();

    private static Notification stored(String recipient, long position) {
        return new Notification("n" + position, recipient, Category.CONNECTION, "A member would like to connect", "",
                "/connections", "event-" + position, Instant.parse("2026-12-02T08:00:00Z"), null, position);
    }

    @Test
    void a_stored_notification_wakes_only_its_recipients_streams_and_carries_the_notification() {
        List<Wake> mayas = new CopyOnWriteArrayList<>();
        List<Wake> sams = new CopyOnWriteArrayList<>();
        Disposable maya = live.wakesFor("maya").subscribe(mayas::add);
        Disposable sam = live.wakesFor("sam").subscribe(sams::add);

        live.stored(stored("maya", 1));
        live.look("maya");
        live.stored(stored("nobody-listening", 1));

        assertThat(mayas).containsExactly(new Wake(stored("maya", 1)), Wake.toLook());
        assertThat(sams).isEmpty();
        maya.dispose();
        sam.dispose();
    }

    @Test
    void every_open_stream_of_a_member_wakes_and_the_member_is_forgotten_when_the_last_closes() {
        List<Wake> firstTab = new CopyOnWriteArrayList<>();
        List<Wake> secondTab = new CopyOnWriteArrayList<>();
        Disposable first = live.wakesFor("maya").subscribe(firstTab::add);
        Disposable second = live.wakesFor("maya").subscribe(secondTab::add);

        live.look("maya");
        first.dispose();
        live.look("maya");

        assertThat(firstTab).hasSize(1);
        assertThat(secondTab).hasSize(2);
        assertThat(live.listening()).containsExactly("maya");
        second.dispose();
        assertThat(live.listening()).isEmpty();
    }

    @Test
    void a_member_who_opens_a_stream_again_after_closing_all_is_woken_again() {
        live.wakesFor("maya").subscribe().dispose();
        List<Wake> again = new CopyOnWriteArrayList<>();
        Disposable reopened = live.wakesFor("maya").subscribe(again::add);

        live.look("maya");

        assertThat(again).containsExactly(Wake.toLook());
        reopened.dispose();
    }

    @Test
    void a_stored_notification_is_sent_as_it_is_only_when_it_comes_next_after_the_last_sent() {
        Wake third = new Wake(stored("maya", 3));

        assertThat(third.follows(2)).isTrue();
        assertThat(third.follows(1)).as("the second is missing: read instead").isFalse();
        assertThat(third.sentBefore(2)).isFalse();
        assertThat(third.sentBefore(3)).as("a read found it first").isTrue();
        assertThat(third.sentBefore(5)).isTrue();
    }

    @Test
    void word_to_look_is_never_sent_as_it_is() {
        assertThat(Wake.toLook().follows(0)).isFalse();
        assertThat(Wake.toLook().sentBefore(10)).isFalse();
    }
}
