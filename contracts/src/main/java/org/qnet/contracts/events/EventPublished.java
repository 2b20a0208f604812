package org.qnet.contracts.events;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An organiser published an event (one occurrence of a series, or a single event): members whose topics match may want to know. */
public record EventPublished(
        String eventId,
        String seriesId,
        String title,
        String kind,
        String summary,
        List<String> topics,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        boolean online,
        Integer capacity,
        String organiserId,
        Instant publishedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "EventPublished", 1);

    public EventPublished {
        topics = List.copyOf(topics);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
