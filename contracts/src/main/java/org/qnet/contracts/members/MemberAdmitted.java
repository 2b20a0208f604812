package org.qnet.contracts.members;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A candidate became a member. Carries what other services need to reach and match the member. */
public record MemberAdmitted(
        String memberId,
        String name,
        String email,
        String profession,
        String region,
        String organisationId,
        List<String> topics,
        Instant admittedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "MemberAdmitted", 1);

    public MemberAdmitted {
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
