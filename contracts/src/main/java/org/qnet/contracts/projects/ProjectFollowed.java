package org.qnet.contracts.projects;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member follows a project, to hear of its signals and cycles. */
public record ProjectFollowed(
        String projectId,
        String memberId,
        String leadId,
        Instant followedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "ProjectFollowed", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
