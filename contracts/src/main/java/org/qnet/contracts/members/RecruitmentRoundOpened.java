package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An ADMIN opened a recruitment round: organisations may nominate between the two instants, each up to the quota. */
public record RecruitmentRoundOpened(
        String roundId,
        String name,
        Instant opensAt,
        Instant closesAt,
        int quota) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "RecruitmentRoundOpened", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return roundId;
    }
}
