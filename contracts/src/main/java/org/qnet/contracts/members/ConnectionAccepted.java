package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** The addressee accepted a connection request; the two members are now connected. */
public record ConnectionAccepted(
        String connectionId,
        String requesterId,
        String addresseeId,
        Instant acceptedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "ConnectionAccepted", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return connectionId;
    }
}
