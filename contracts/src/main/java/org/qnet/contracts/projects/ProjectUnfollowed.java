package org.qnet.contracts.projects;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member stopped following a project. */
public record ProjectUnfollowed(
        String projectId,
        String memberId,
        Instant unfollowedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "ProjectUnfollowed", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
