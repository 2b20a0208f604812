package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** The organisation withdrew a nomination before the panel decided it. */
public record NominationWithdrawn(
        String nominationId,
        String roundId,
        String organisationId,
        Instant withdrawnAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "NominationWithdrawn", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return nominationId;
    }
}
