package org.qnet.events.event.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.events.event.model.Event.Registrability;

class EventTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 14, 13, 0);
    private static final Instant STARTS_AT = START.atZone(LONDON).toInstant();

    private static Event event(EventStatus status, RegistrationWindow window) {
        return new Event("e1", null, "olu", new EventDetails("Seminar", EventKind.SEMINAR, "Summary", null, List.of()),
                new Schedule(START, START.plusHours(1), LONDON), new Place("Room 1", null), 20, window, status, null, 0,
                Instant.EPOCH, 0);
    }

    @Test
    void a_published_event_takes_registrations_until_it_starts() {
        Event event = event(EventStatus.PUBLISHED, new RegistrationWindow(null, null));

        assertThat(event.registrabilityAt(STARTS_AT.minusSeconds(1))).isEqualTo(Registrability.OPEN);
        assertThat(event.registrabilityAt(STARTS_AT)).isEqualTo(Registrability.PAST);
    }

    @Test
    void registration_opens_and_closes_at_its_window() {
        Instant opens = STARTS_AT.minusSeconds(86_400 * 7);
        Instant closes = STARTS_AT.minusSeconds(86_400);
        Event event = event(EventStatus.PUBLISHED, new RegistrationWindow(opens, closes));

        assertThat(event.registrabilityAt(opens.minusSeconds(1))).isEqualTo(Registrability.CLOSED);
        assertThat(event.registrabilityAt(opens)).isEqualTo(Registrability.OPEN);
        assertThat(event.registrabilityAt(closes)).isEqualTo(Registrability.CLOSED);
    }

    @Test
    void drafts_and_cancelled_events_take_no_registrations() {
        RegistrationWindow always = new RegistrationWindow(null, null);
        Instant before = STARTS_AT.minusSeconds(60);

        assertThat(event(EventStatus.DRAFT, always).registrabilityAt(before)).isEqualTo(Registrability.NOT_PUBLISHED);
        assertThat(event(EventStatus.CANCELLED, always).registrabilityAt(before)).isEqualTo(Registrability.CANCELLED);
    }

    @Test
    void every_change_raises_the_sequence_and_only_time_or_place_is_a_reschedule() {
        Event event = event(EventStatus.PUBLISHED, new RegistrationWindow(null, null));
        Event retitled = event.changed(new EventDetails("Renamed", EventKind.SEMINAR, "Summary", null, List.of()),
                event.schedule(), event.place(), 20, event.registration());
        Event moved = event.changed(event.details(), event.schedule().startingAt(START.plusHours(2)), event.place(), 20,
                event.registration());

        assertThat(retitled.sequence()).isEqualTo(1);
        assertThat(event.isRescheduledBy(retitled)).isFalse();
        assertThat(event.isRescheduledBy(moved)).isTrue();
        assertThat(moved.schedule().end()).isEqualTo(START.plusHours(3));
    }

    @Test
    void only_the_owning_organiser_or_an_admin_changes_an_event() {
        Event event = event(EventStatus.PUBLISHED, new RegistrationWindow(null, null));

        assertThat(event.canBeChangedBy("olu", false)).isTrue();
        assertThat(event.canBeChangedBy("oscar", false)).isFalse();
        assertThat(event.canBeChangedBy("ada", true)).isTrue();
    }

    @Test
    void an_online_link_is_https_only() {
        assertThatThrownBy(() -> new Place(null, URI.create("http://meet.example.org")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Place(null, URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Place(null, URI.create("https://meet.example.org/x")).online()).isTrue();
    }
}
