package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** Either party withdrew a pending request ({@code wasAccepted} false) or removed a connection. */
public record ConnectionRemoved(
        String connectionId,
        String requesterId,
        String addresseeId,
        String removedBy,
        boolean wasAccepted,
        Instant removedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "ConnectionRemoved", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return connectionId;
    }
}
