package org.qnet.notifications.inbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

class LiveNotificationsTest {

    private final LiveNotifications live = new LiveNotifications();

    @Test
    void a_stored_notification_wakes_only_its_recipients_streams() {
        List<String> mayas = new CopyOnWriteArrayList<>();
        List<String> sams = new CopyOnWriteArrayList<>();
        Disposable maya = live.storedFor("maya").subscribe(mayas::add);
        Disposable sam = live.storedFor("sam").subscribe(sams::add);

        live.stored("maya");
        live.stored("maya");
        live.stored("nobody-listening");

        assertThat(mayas).containsExactly("maya", "maya");
        assertThat(sams).isEmpty();
        maya.dispose();
        sam.dispose();
    }

    @Test
    void every_open_stream_of_a_member_wakes_and_the_member_is_forgotten_when_the_last_closes() {
        List<String> firstTab = new CopyOnWriteArrayList<>();
        List<String> secondTab = new CopyOnWriteArrayList<>();
        Disposable first = live.storedFor("maya").subscribe(firstTab::add);
        Disposable second = live.storedFor("maya").subscribe(secondTab::add);

        live.stored("maya");
        first.dispose();
        live.stored("maya");

        assertThat(firstTab).hasSize(1);
        assertThat(secondTab).hasSize(2);
        assertThat(live.listening()).containsExactly("maya");
        second.dispose();
        assertThat(live.listening()).isEmpty();
    }

    @Test
    void a_member_who_opens_a_stream_again_after_closing_all_is_woken_again() {
        live.storedFor("maya").subscribe().dispose();
        List<String> again = new CopyOnWriteArrayList<>();
        Disposable reopened = live.storedFor("maya").subscribe(again::add);

        live.stored("maya");

        assertThat(again).containsExactly("maya");
        reopened.dispose();
    }
}
