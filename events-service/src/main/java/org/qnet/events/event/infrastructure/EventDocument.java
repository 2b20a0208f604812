package org.qnet.events.event.infrastructure;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.qnet.events.event.model.Event;
import org.qnet.events.event.model.EventDetails;
import org.qnet.events.event.model.EventKind;
import org.qnet.events.event.model.EventStatus;
import org.qnet.events.event.model.Place;
import org.qnet.events.event.model.RegistrationWindow;
import org.qnet.events.event.model.Schedule;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * How an event is stored. Beside the event are its seat counters: {@code seatsLeft} (a large number
 * for an unlimited event) and {@code seatsTaken}, changed together by single conditional writes, and
 * {@code waitlistTickets}, the last waitlist ticket handed out. {@code reminders} records which
 * reminders were claimed.
 */
record EventDocument(@Id String id, String seriesId, String organiserId, String title, String kind, String summary,
                     String description, List<String> topics, String start, String end, String timeZone,
                     Instant startsAt, Instant endsAt, String venue, String onlineLink, Integer capacity,
                     Instant registrationOpensAt, Instant registrationClosesAt, String status, String cancelReason,
                     int sequence, String searchText, long seatsLeft, long seatsTaken, long waitlistTickets,
                     List<String> reminders, Instant createdAt, long version, List<OutboxEvent> outbox) {

    static final String SEATS_LEFT = "seatsLeft";
    static final String SEATS_TAKEN = "seatsTaken";
    static final String CAPACITY = "capacity";

    /** What {@link #seatsOf} reads: events' seats are read without the rest of them. */
    static final String[] SEAT_FIELDS = {SEATS_TAKEN, SEATS_LEFT, CAPACITY};

    /** What {@link #toEvent()} does not read: a page of events is read without them. */
    static final String[] UNSHOWN_FIELDS = {"searchText", "reminders", "outbox"};

    /** Seats an unlimited event starts with: more than any event will fill. */
    static final long UNLIMITED_SEATS = 1_000_000_000L;

    static EventDocument of(Event e, List<OutboxEvent> pending) {
        EventDetails d = e.details();
        Schedule s = e.schedule();
        return new EventDocument(e.id(), e.seriesId(), e.organiserId(), d.title(), d.kind().name(), d.summary(),
                d.description(), d.topics(), s.start().toString(), s.end().toString(), s.zone().getId(), s.startsAt(),
                s.endsAt(), e.place().venue(), e.place().onlineLink() == null ? null : e.place().onlineLink().toString(),
                e.capacity(), e.registration().opensAt(), e.registration().closesAt(), e.status().name(),
                e.cancelReason(), e.sequence(), searchText(d), e.capacity() == null ? UNLIMITED_SEATS : e.capacity(), 0,
                0, List.of(), e.createdAt(), e.version(), pending);
    }

    static String searchText(EventDetails d) {
        return String.join("\n", d.title(), d.summary(), String.join("\n", d.topics())).toLowerCase(Locale.ROOT);
    }

    Event toEvent() {
        return new Event(id, seriesId, organiserId,
                new EventDetails(title, EventKind.valueOf(kind), summary, description, topics),
                new Schedule(LocalDateTime.parse(start), LocalDateTime.parse(end), ZoneId.of(timeZone)),
                new Place(venue, onlineLink == null ? null : URI.create(onlineLink)), capacity,
                new RegistrationWindow(registrationOpensAt, registrationClosesAt), EventStatus.valueOf(status),
                cancelReason, sequence, createdAt, version);
    }

    Seats seats() {
        return seats(seatsTaken, capacity, seatsLeft);
    }

    /** The seats of a document read with only its {@link #SEAT_FIELDS}. */
    static Seats seatsOf(Document stored) {
        return seats(stored.get(SEATS_TAKEN, Number.class).longValue(), stored.getInteger(CAPACITY),
                stored.get(SEATS_LEFT, Number.class).longValue());
    }

    private static Seats seats(long taken, Integer capacity, long left) {
        return new Seats(taken, capacity == null ? null : Math.max(0, left));
    }
}
