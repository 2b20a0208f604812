package org.qnet.events.event.application;

import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.model.Event;
import org.qnet.events.event.model.EventStatus;
import org.qnet.platform.problem.Problems;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Loads an event for someone. A draft is seen only by its organiser (and ADMINs): to anyone else it
 * does not exist. Changing an event is for its organiser or an ADMIN.
 */
@Service
public class EventAccess {

    private final EventStore events;

    EventAccess(EventStore events) {
        this.events = events;
    }

    public Mono<Event> visible(String eventId, String userId, boolean admin) {
        return events.find(eventId)
                .filter(event -> event.status() != EventStatus.DRAFT || event.canBeChangedBy(userId, admin))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No event " + eventId)));
    }

    public Mono<Event> changeable(String eventId, String userId, boolean admin) {
        return visible(eventId, userId, admin).flatMap(event -> event.canBeChangedBy(userId, admin)
                ? Mono.just(event)
                : Mono.error(Problems.forbidden("Only the event's organiser or an ADMIN may change it.")));
    }
}
