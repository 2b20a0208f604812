package org.qnet.contracts.members;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member changed their profile; carries the fields other services match on, never the email or bio. */
public record MemberProfileUpdated(
        String memberId,
        String name,
        String profession,
        String region,
        List<String> topics,
        boolean openToMentoring,
        boolean listed,
        Instant updatedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "MemberProfileUpdated", 1);

    public MemberProfileUpdated {
        topics = List.copyOf(topics);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return memberId;
    }
}
