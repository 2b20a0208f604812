package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An organiser cancelled an event, with a reason; everyone registered is told. */
public record EventCancelled(
        String eventId,
        String title,
        Instant startsAt,
        String reason,
        Instant cancelledAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "EventCancelled", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
