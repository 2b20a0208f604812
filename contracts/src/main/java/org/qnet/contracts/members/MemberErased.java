package org.qnet.contracts.members;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member erased their data; every service deletes or anonymises what it holds about them. */
public record MemberErased(
        String memberId,
        Instant erasedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "MemberErased", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return memberId;
    }
}
