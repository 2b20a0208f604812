package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An event's time or place changed; everyone registered is told. */
public record EventRescheduled(
        String eventId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        boolean online,
        int sequence,
        Instant rescheduledAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "EventRescheduled", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
