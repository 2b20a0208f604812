package org.qnet.events.event.web;

import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.model.Event;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts together what the caller sees of an event: seats, waitlist, their registration, the link if theirs. */
@Component
class EventViews {

    private final EventStore events;
    private final RegistrationStore registrations;

    EventViews(EventStore events, RegistrationStore registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    Mono<EventResponse> of(Event event, CurrentUser caller) {
        boolean organiser = event.canBeChangedBy(caller.subject(), caller.has(Role.ADMIN));
        return Mono.zip(events.seats(event.id()), registrations.waitlistLength(event.id()),
                        registrations.activeOf(event.id(), caller.subject())
                                .flatMap(this::yours)
                                .map(java.util.Optional::of)
                                .defaultIfEmpty(java.util.Optional.empty()))
                .map(found -> {
                    var yours = found.getT3().orElse(null);
                    boolean confirmed = yours != null && RegistrationStatus.CONFIRMED.code().equals(yours.status());
                    return EventResponse.of(event, found.getT1().taken(), found.getT1().left(), found.getT2(),
                            organiser || confirmed, yours);
                });
    }

    private Mono<EventResponse.YourRegistration> yours(Registration registration) {
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            return registrations.positionOf(registration).map(position ->
                    new EventResponse.YourRegistration(registration.id(), registration.status().code(), position));
        }
        return Mono.just(new EventResponse.YourRegistration(registration.id(), registration.status().code(), null));
    }
}
