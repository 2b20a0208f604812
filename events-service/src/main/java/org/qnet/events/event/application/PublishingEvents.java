package org.qnet.events.event.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.events.EventCancelled;
import org.qnet.contracts.events.EventPublished;
import org.qnet.contracts.events.EventRescheduled;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.model.Event;
import org.qnet.events.event.model.EventDetails;
import org.qnet.events.event.model.EventStatus;
import org.qnet.events.event.model.Place;
import org.qnet.events.event.model.RegistrationWindow;
import org.qnet.events.event.model.Schedule;
import org.qnet.events.event.model.Series;
import org.qnet.events.registration.application.Registering;
import org.qnet.platform.problem.Problems;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Organisers create events (one, or a weekly or monthly series of occurrences), publish, change,
 * cancel and complete them.
 */
@Service
public class PublishingEvents {

    private final EventStore events;
    private final EventAccess access;
    private final Registering registering;
    private final Clock clock;

    PublishingEvents(EventStore events, EventAccess access, Registering registering, Clock clock) {
        this.events = events;
        this.access = access;
        this.registering = registering;
        this.clock = clock;
    }

    /** What an organiser asks for: the event, and whether to publish it at once. */
    public record Draft(EventDetails details, Schedule schedule, Place place, Integer capacity,
                        RegistrationWindow registration, boolean publish) {
    }

    public Mono<Event> create(String organiserId, Draft draft) {
        return events.insertAll(List.of(event(organiserId, null, draft, draft.schedule())), this::publishedEvents)
                .single();
    }

    /** Creates every occurrence of a series in one request; each can then be changed or cancelled alone. */
    public Flux<Event> createSeries(String organiserId, Draft draft, String rrule) {
        List<LocalDateTime> starts;
        try {
            starts = Series.occurrences(draft.schedule(), rrule);
        } catch (IllegalArgumentException refused) {
            return Flux.error(Problems.invalidField("rrule", refused.getMessage()));
        }
        String seriesId = UUID.randomUUID().toString();
        List<Event> occurrences = new ArrayList<>();
        starts.forEach(start -> occurrences.add(event(organiserId, seriesId, draft, draft.schedule().startingAt(start))));
        return events.insertAll(occurrences, this::publishedEvents);
    }

    public Mono<Event> publish(String eventId, String userId, boolean admin) {
        return access.changeable(eventId, userId, admin).flatMap(event -> {
            if (event.status() == EventStatus.PUBLISHED) {
                return Mono.just(event);
            }
            if (event.status() != EventStatus.DRAFT) {
                return Mono.error(Problems.conflict("Only a draft can be published; this event is "
                        + event.status().code() + "."));
            }
            Event published = event.published();
            return save(event, published, publishedEvents(published));
        });
    }

    /**
     * Changes an event, worked out from the event as read once; registrants are told when its time or
     * place moves, and freed capacity goes to the waitlist.
     */
    public Mono<Event> change(String eventId, String userId, boolean admin, Function<Event, Draft> changesTo) {
        return access.changeable(eventId, userId, admin).flatMap(event -> {
            if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.COMPLETED) {
                return Mono.error(Problems.conflict("A " + event.status().code() + " event cannot be changed."));
            }
            Draft changes = changesTo.apply(event);
            Event changed = event.changed(changes.details(), changes.schedule(), changes.place(), changes.capacity(),
                    changes.registration());
            List<IntegrationEvent> told = event.status() == EventStatus.PUBLISHED && event.isRescheduledBy(changed)
                    ? List.of(rescheduled(changed)) : List.of();
            return save(event, changed, told)
                    .flatMap(saved -> registering.fillFreeSeats(saved).thenReturn(saved));
        });
    }

    public Mono<Event> cancel(String eventId, String userId, boolean admin, String reason) {
        return access.changeable(eventId, userId, admin).flatMap(event -> {
            if (event.status() == EventStatus.CANCELLED) {
                return Mono.just(event);
            }
            if (event.status() == EventStatus.COMPLETED) {
                return Mono.error(Problems.conflict("A completed event cannot be cancelled."));
            }
            Event cancelled = event.cancelled(reason);
            List<IntegrationEvent> told = event.status() == EventStatus.PUBLISHED
                    ? List.of(new EventCancelled(event.id(), event.details().title(), event.schedule().startsAt(),
                            reason, clock.instant()))
                    : List.of();
            return save(event, cancelled, told);
        });
    }

    public Mono<Event> complete(String eventId, String userId, boolean admin) {
        return access.changeable(eventId, userId, admin).flatMap(event -> {
            if (event.status() != EventStatus.PUBLISHED) {
                return Mono.error(Problems.conflict("Only a published event can be completed."));
            }
            if (clock.instant().isBefore(event.schedule().endsAt())) {
                return Mono.error(Problems.conflict("An event is completed after it ends."));
            }
            return save(event, event.completed(), List.of());
        });
    }

    private Mono<Event> save(Event before, Event changed, List<IntegrationEvent> told) {
        return events.save(before, changed, told).switchIfEmpty(Mono.error(() -> Problems.conflict(
                "The event changed meanwhile, or the new capacity is below the seats already taken; "
                        + "load it again and retry.")));
    }

    private Event event(String organiserId, String seriesId, Draft draft, Schedule schedule) {
        Instant now = clock.instant();
        return new Event(UUID.randomUUID().toString(), seriesId, organiserId, draft.details(), schedule, draft.place(),
                draft.capacity(), draft.registration(), draft.publish() ? EventStatus.PUBLISHED : EventStatus.DRAFT, null,
                0, now, 0);
    }

    private List<IntegrationEvent> publishedEvents(Event event) {
        if (event.status() != EventStatus.PUBLISHED) {
            return List.of();
        }
        return List.of(new EventPublished(event.id(), event.seriesId(), event.details().title(),
                event.details().kind().code(), event.details().summary(), event.details().topics(),
                event.schedule().startsAt(), event.schedule().endsAt(), event.schedule().zone().getId(),
                event.place().online(), event.capacity(), event.organiserId(), clock.instant()));
    }

    private EventRescheduled rescheduled(Event event) {
        return new EventRescheduled(event.id(), event.details().title(), event.schedule().startsAt(),
                event.schedule().endsAt(), event.schedule().zone().getId(), event.place().venue(), event.place().online(),
                event.sequence(), clock.instant());
    }
}
