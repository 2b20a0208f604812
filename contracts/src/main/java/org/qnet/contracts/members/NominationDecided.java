package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** The panel admitted or declined a nomination, with its reason; {@code memberId} is set when admitted. */
public record NominationDecided(
        String nominationId,
        String roundId,
        String organisationId,
        Candidate candidate,
        String outcome,
        String reason,
        String memberId,
        Instant decidedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "NominationDecided", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return nominationId;
    }
}
