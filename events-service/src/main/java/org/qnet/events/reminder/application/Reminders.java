package org.qnet.events.reminder.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.qnet.contracts.events.EventReminderDue;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.model.Event;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds confirmed registrants 24 hours and 1 hour before an event starts. Each reminder of each
 * event is claimed in the database by one conditional write that also carries the
 * {@link EventReminderDue}, so with any number of instances passing at once it goes out exactly once.
 * An event first seen less than an hour before it starts gets only the 1-hour reminder.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** The reminders, each with how long before the start it is due and until when it still makes sense. */
    enum Reminder {
        DAY_BEFORE("24h", Duration.ofHours(24), Duration.ofHours(1)),
        HOUR_BEFORE("1h", Duration.ofHours(1), Duration.ZERO);

        private final String code;
        private final Duration before;
        private final Duration latest;

        Reminder(String code, Duration before, Duration latest) {
            this.code = code;
            this.before = before;
            this.latest = latest;
        }
    }

    private final EventStore events;
    private final RegistrationStore registrations;
    private final Clock clock;

    Reminders(EventStore events, RegistrationStore registrations, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** One pass over the events whose reminders are due; returns how many reminders this pass claimed. */
    public Mono<Long> sendDue() {
        Instant now = clock.instant();
        return Flux.fromArray(Reminder.values())
                .concatMap(reminder -> events.needingReminder(reminder.code, now.plus(reminder.latest),
                                now.plus(reminder.before))
                        .concatMap(event -> claim(event, reminder, now)))
                .count();
    }

    private Mono<Event> claim(Event event, Reminder reminder, Instant now) {
        return registrations.of(event.id(), RegistrationStatus.CONFIRMED).map(Registration::memberId).collectList()
                .flatMap(memberIds -> events.claimReminder(event.id(), reminder.code, new EventReminderDue(event.id(),
                        event.details().title(), reminder.code, event.schedule().startsAt(),
                        event.schedule().zone().getId(), memberIds, now)))
                .doOnNext(claimed -> log.info("reminder {} due for event {}", reminder.code, claimed.id()));
    }
}
