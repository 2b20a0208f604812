package org.qnet.contracts.projects;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member joined a project's team. */
public record TeamMemberJoined(
        String projectId,
        String memberId,
        String role,
        Instant joinedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "TeamMemberJoined", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
