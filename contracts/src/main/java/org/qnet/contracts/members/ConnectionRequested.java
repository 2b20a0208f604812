package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member asked another to connect. */
public record ConnectionRequested(
        String connectionId,
        String requesterId,
        String addresseeId,
        Instant requestedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "ConnectionRequested", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return connectionId;
    }
}
