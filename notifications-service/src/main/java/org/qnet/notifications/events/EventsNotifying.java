package org.qnet.notifications.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.qnet.contracts.events.EventCancelled;
import org.qnet.contracts.events.EventPublished;
import org.qnet.contracts.events.EventReminderDue;
import org.qnet.contracts.events.EventRescheduled;
import org.qnet.contracts.events.RegistrationCancelled;
import org.qnet.contracts.events.RegistrationConfirmed;
import org.qnet.contracts.events.RegistrationWaitlisted;
import org.qnet.contracts.events.WaitlistPromoted;
import org.qnet.notifications.audience.infrastructure.Audiences;
import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.notifications.delivery.application.Delivery;
import org.qnet.notifications.inbox.model.Notification;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Turns qnet.events into notices. A published event reaches every member whose topics it shares, in
 * bounded batches written in bulk, so a community of thousands is never one write per member nor held
 * in memory at once. Registrants are kept as an audience for reschedules and cancellations.
 */
@Service
class EventsNotifying {

    static final String REGISTRANTS = "registrants";
    /** How many notifications a fan-out writes at a time. */
    static final int FAN_OUT_BATCH = 500;

    private final Delivery delivery;
    private final Audiences audiences;
    private final People people;
    private final Clock clock;

    EventsNotifying(Delivery delivery, Audiences audiences, People people, Clock clock) {
        this.delivery = delivery;
        this.audiences = audiences;
        this.people = people;
        this.clock = clock;
    }

    static String event(String eventId) {
        return "event:" + eventId;
    }

    Mono<Void> on(EventPublished published, String sourceEventId) {
        Instant now = clock.instant();
        String body = published.summary() + " " + EventNotices.when(published.startsAt(), published.timeZone()) + ".";
        return audiences.titled(event(published.eventId()), published.title())
                .thenMany(people.interestedIn(published.topics()))
                .map(member -> EventNotices.about(member, published.eventId(), "New " + published.kind().replace('-', ' ')
                        + " on your topics: " + published.title(), body, sourceEventId, now))
                .buffer(FAN_OUT_BATCH)
                .concatMap(delivery::deliver)
                .then();
    }

    Mono<Void> on(RegistrationConfirmed confirmed, String sourceEventId) {
        return audiences.add(event(confirmed.eventId()), REGISTRANTS, confirmed.memberId())
                .then(tell(List.of(confirmed.memberId()), confirmed.eventId(), "Your place is confirmed: "
                        + confirmed.eventTitle(), "See you there. You can add it to your calendar from the event page.",
                        sourceEventId));
    }

    Mono<Void> on(RegistrationWaitlisted waitlisted, String sourceEventId) {
        return audiences.add(event(waitlisted.eventId()), REGISTRANTS, waitlisted.memberId())
                .then(tell(List.of(waitlisted.memberId()), waitlisted.eventId(), "You are on the waitlist: "
                        + waitlisted.eventTitle(), "You are number " + waitlisted.position()
                        + " on the waitlist. If a seat frees, it is yours at once and we will tell you.", sourceEventId));
    }

    Mono<Void> on(WaitlistPromoted promoted, String sourceEventId) {
        return tell(List.of(promoted.memberId()), promoted.eventId(), "A seat is yours: " + promoted.eventTitle(),
                "A place freed and you were first on the waitlist: your seat is confirmed.", sourceEventId);
    }

    Mono<Void> on(RegistrationCancelled cancelled, String sourceEventId) {
        return audiences.remove(event(cancelled.eventId()), REGISTRANTS, cancelled.memberId())
                .then(tell(List.of(cancelled.memberId()), cancelled.eventId(), "Registration cancelled: "
                        + cancelled.eventTitle(), "Your registration is cancelled. You can register again while "
                        + "registration is open.", sourceEventId));
    }

    Mono<Void> on(EventRescheduled rescheduled, String sourceEventId) {
        return registrants(rescheduled.eventId()).flatMap(members -> tell(members, rescheduled.eventId(),
                "Time or place changed: " + rescheduled.title(), "It is now on "
                        + EventNotices.when(rescheduled.startsAt(), rescheduled.timeZone())
                        + (rescheduled.venue() == null ? "" : ", at " + rescheduled.venue()) + ".", sourceEventId));
    }

    Mono<Void> on(EventCancelled cancelled, String sourceEventId) {
        return registrants(cancelled.eventId()).flatMap(members -> tell(members, cancelled.eventId(),
                "Cancelled: " + cancelled.title(), "The organiser cancelled it: " + cancelled.reason(), sourceEventId));
    }

    Mono<Void> on(EventReminderDue due, String sourceEventId) {
        String soon = "24h".equals(due.reminder()) ? "tomorrow" : "in an hour";
        return tell(due.memberIds(), due.eventId(), "Starting " + soon + ": " + due.title(),
                EventNotices.when(due.startsAt(), due.timeZone()) + ".", sourceEventId);
    }

    private Mono<List<String>> registrants(String eventId) {
        return audiences.find(event(eventId)).map(audience -> audience.members(REGISTRANTS)).defaultIfEmpty(List.of());
    }

    private Mono<Void> tell(Collection<String> members, String eventId, String title, String body, String sourceEventId) {
        Instant now = clock.instant();
        List<Notification> notices = members.stream()
                .map(member -> EventNotices.about(member, eventId, title, body, sourceEventId, now)).toList();
        return delivery.deliver(notices);
    }
}
