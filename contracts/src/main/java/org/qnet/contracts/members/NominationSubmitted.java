package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A nominator put a candidate forward in a round. The candidate's email is here so they can be told. */
public record NominationSubmitted(
        String nominationId,
        String roundId,
        String organisationId,
        Candidate candidate,
        Instant submittedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "NominationSubmitted", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return nominationId;
    }
}
