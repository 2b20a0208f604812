package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** The addressee declined a connection request. */
public record ConnectionDeclined(
        String connectionId,
        String requesterId,
        String addresseeId,
        Instant declinedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "ConnectionDeclined", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return connectionId;
    }
}
