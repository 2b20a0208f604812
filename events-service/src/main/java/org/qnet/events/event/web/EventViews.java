package org.qnet.events.event.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.infrastructure.Seats;
import org.qnet.events.event.model.Event;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts together what the caller sees of events: seats, waitlist, their registration, the link if theirs.
 * Events cost three reads whatever their number (seats, waitlist lengths, the caller's registrations),
 * plus one count for each event the caller is waitlisted for; a page read with its seats, two.
 */
@Component
class EventViews {

    private final EventStore events;
    private final RegistrationStore registrations;

    EventViews(EventStore events, RegistrationStore registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    Mono<EventResponse> of(Event event, CurrentUser caller) {
        return ofAll(List.of(event), caller).next();
    }

    /** The views of the events, in their order. */
    Flux<EventResponse> ofAll(List<Event> page, CurrentUser caller) {
        return ofAll(page, events::seatsOf, caller);
    }

    /** The views of a page of events, in its order, with the seats the page was read with. */
    Flux<EventResponse> ofPage(EventStore.EventPage page, CurrentUser caller) {
        return ofAll(page.events(), ids -> Mono.just(page.seats()), caller);
    }

    private Flux<EventResponse> ofAll(List<Event> page, Function<List<String>, Mono<Map<String, Seats>>> seats,
                                      CurrentUser caller) {
        if (page.isEmpty()) {
            return Flux.empty();
        }
        List<String> ids = page.stream().map(Event::id).toList();
        Mono<Map<String, EventResponse.YourRegistration>> yours = registrations.activeOfMember(ids, caller.subject())
                .flatMap(this::yours).collectMap(Yours::eventId, Yours::registration);
        return Mono.zip(seats.apply(ids), registrations.waitlistLengths(ids), yours)
                .flatMapMany(found -> Flux.fromIterable(page).map(event ->
                        view(event, caller, found.getT1().get(event.id()),
                                found.getT2().getOrDefault(event.id(), 0L),
                                Optional.ofNullable(found.getT3().get(event.id())))));
    }

    private static EventResponse view(Event event, CurrentUser caller, Seats seats, long waitlisted,
                                      Optional<EventResponse.YourRegistration> yours) {
        boolean organiser = event.canBeChangedBy(caller.subject(), caller.has(Role.ADMIN));
        boolean confirmed = yours.filter(mine -> RegistrationStatus.CONFIRMED.code().equals(mine.status())).isPresent();
        return EventResponse.of(event, seats.taken(), seats.left(), waitlisted, organiser || confirmed,
                yours.orElse(null));
    }

    private Mono<Yours> yours(Registration registration) {
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            return registrations.positionOf(registration).map(position -> new Yours(registration.eventId(),
                    new EventResponse.YourRegistration(registration.id(), registration.status().code(), position)));
        }
        return Mono.just(new Yours(registration.eventId(),
                new EventResponse.YourRegistration(registration.id(), registration.status().code(), null)));
    }

    private record Yours(String eventId, EventResponse.YourRegistration registration) {
    }
}
