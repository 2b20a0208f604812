package org.qnet.events.registration.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.qnet.contracts.events.RegistrationCancelled;
import org.qnet.contracts.events.RegistrationConfirmed;
import org.qnet.contracts.events.RegistrationWaitlisted;
import org.qnet.contracts.events.WaitlistPromoted;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.model.Event;
import org.qnet.events.member.infrastructure.KnownMembers;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.qnet.platform.problem.Problems;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Members register and cancel. A seat is taken or given back by one conditional write on the
 * event's counters and a registration moves by one conditional write on itself, never by reading
 * and then writing: so under any concurrency, with any number of instances, no event is overbooked,
 * the waitlist keeps its order, and every freed seat goes to the first waiting.
 */
@Service
public class Registering {

    /** After handing a seat back for want of anyone waiting, look again this many times at most. */
    private static final int FILL_ATTEMPTS = 20;

    private final EventStore events;
    private final RegistrationStore registrations;
    private final KnownMembers members;
    private final Clock clock;

    Registering(EventStore events, RegistrationStore registrations, KnownMembers members, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.members = members;
        this.clock = clock;
    }

    /** A registration and, on the waitlist, its position. */
    public record Placement(Registration registration, long position, boolean created) {
    }

    /** Confirms a seat or waitlists the member; registering again returns the registration they have. */
    public Mono<Placement> register(Event event, String memberId) {
        Instant now = clock.instant();
        Event.Registrability registrability = event.registrabilityAt(now);
        if (registrability != Event.Registrability.OPEN) {
            return Mono.error(Problems.conflict(switch (registrability) {
                case NOT_PUBLISHED -> "This event is not published.";
                case CANCELLED -> "This event is cancelled.";
                case PAST -> "This event has already started.";
                default -> "Registration for this event is closed.";
            }));
        }
        return members.knows(memberId).flatMap(known -> !known
                ? Mono.error(Problems.forbidden("Only members register; you have no member profile here yet."))
                : registrations.request(UUID.randomUUID().toString(), event.id(), memberId, now)
                        .flatMap(requested -> place(event, requested, now))
                        .switchIfEmpty(Mono.defer(() -> existing(event.id(), memberId))));
    }

    private Mono<Placement> existing(String eventId, String memberId) {
        return registrations.activeOf(eventId, memberId)
                .flatMap(registration -> withPosition(registration, false))
                .switchIfEmpty(Mono.error(() -> Problems.conflict("Your registration changed meanwhile; try again.")));
    }

    private Mono<Placement> place(Event event, Registration requested, Instant now) {
        return events.takeSeat(event.id()).flatMap(seated -> seated
                ? registrations.move(requested.id(), RegistrationStatus.REQUESTED, RegistrationStatus.CONFIRMED,
                        new Update(), new RegistrationConfirmed(requested.id(), event.id(), requested.memberId(),
                                event.details().title(), event.schedule().startsAt(), now), now)
                        .map(confirmed -> new Placement(confirmed, 0, true))
                : events.nextWaitlistTicket(event.id()).flatMap(ticket -> waitlist(event, requested, ticket, now)));
    }

    private Mono<Placement> waitlist(Event event, Registration requested, long ticket, Instant now) {
        Registration ticketed = new Registration(requested.id(), event.id(), requested.memberId(),
                RegistrationStatus.WAITLISTED, ticket, false, null, requested.registeredAt());
        return registrations.positionOf(ticketed).flatMap(position -> registrations.move(requested.id(),
                        RegistrationStatus.REQUESTED, RegistrationStatus.WAITLISTED, new Update().set("ticket", ticket),
                        new RegistrationWaitlisted(requested.id(), event.id(), requested.memberId(),
                                event.details().title(), position.intValue(), now), now))
                // A seat may have been freed while this member was between asking and being waitlisted.
                .flatMap(waitlisted -> fillFreeSeats(event).then(registrations.activeOf(event.id(), requested.memberId())))
                .flatMap(current -> withPosition(current, true));
    }

    /** Cancels the member's registration; a seat it held goes to the first waiting, at once. */
    public Mono<Registration> cancel(Event event, String memberId) {
        Instant now = clock.instant();
        if (!now.isBefore(event.schedule().startsAt())) {
            return Mono.error(Problems.conflict("This event has already started."));
        }
        return registrations.activeOf(event.id(), memberId)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("You are not registered for this event.")))
                .flatMap(registration -> registrations.move(registration.id(), registration.status(),
                                RegistrationStatus.CANCELLED, new Update(), new RegistrationCancelled(registration.id(),
                                        event.id(), memberId, event.details().title(), registration.hasSeat(), now), now)
                        .switchIfEmpty(Mono.error(() -> Problems.conflict("Your registration changed meanwhile; try again.")))
                        .flatMap(cancelled -> registration.hasSeat()
                                ? events.giveSeatBack(event.id()).then(fillFreeSeats(event)).thenReturn(cancelled)
                                : Mono.just(cancelled)));
    }

    /** Gives free seats to the waitlist, first come first served, until no seat or nobody waiting is left. */
    public Mono<Void> fillFreeSeats(Event event) {
        return fill(event, FILL_ATTEMPTS);
    }

    private Mono<Void> fill(Event event, int attemptsLeft) {
        if (attemptsLeft == 0) {
            return Mono.empty();
        }
        return events.takeSeat(event.id()).flatMap(seated -> !seated
                ? Mono.<Void>empty()
                : registrations.promoteFirst(event.id(), first -> new WaitlistPromoted(first.id(), event.id(),
                                first.memberId(), event.details().title(), event.schedule().startsAt(), clock.instant()),
                                clock.instant())
                        .flatMap(promoted -> fill(event, attemptsLeft).thenReturn(true))
                        .switchIfEmpty(Mono.defer(() -> events.giveSeatBack(event.id())
                                .then(registrations.waitlistLength(event.id()))
                                .flatMap(waiting -> waiting > 0 ? fill(event, attemptsLeft - 1) : Mono.<Void>empty())
                                .thenReturn(false)))
                        .then());
    }

    private Mono<Placement> withPosition(Registration registration, boolean created) {
        return registration.status() == RegistrationStatus.WAITLISTED
                ? registrations.positionOf(registration).map(position -> new Placement(registration, position, created))
                : Mono.just(new Placement(registration, 0, created));
    }
}
