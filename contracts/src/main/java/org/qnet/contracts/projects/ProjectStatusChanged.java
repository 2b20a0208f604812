package org.qnet.contracts.projects;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** The lead moved a project on (or back) in its life. */
public record ProjectStatusChanged(
        String projectId,
        String from,
        String to,
        String changedBy,
        Instant changedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "ProjectStatusChanged", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
