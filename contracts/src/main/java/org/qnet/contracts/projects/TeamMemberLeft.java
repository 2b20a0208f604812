package org.qnet.contracts.projects;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member left a project's team, or was removed from it. */
public record TeamMemberLeft(
        String projectId,
        String memberId,
        String reason,
        Instant leftAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "TeamMemberLeft", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
