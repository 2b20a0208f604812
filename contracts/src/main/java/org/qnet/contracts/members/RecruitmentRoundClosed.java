package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An ADMIN closed a recruitment round before or at its closing instant; no more nominations are taken. */
public record RecruitmentRoundClosed(
        String roundId,
        Instant closedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "RecruitmentRoundClosed", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return roundId;
    }
}
