package org.qnet.contracts.projects;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A project's description, visibility or lead changed; carries the project as it now is. */
public record ProjectUpdated(
        String projectId,
        String title,
        String aim,
        List<String> topics,
        String organisation,
        String visibility,
        String leadId,
        Instant updatedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "ProjectUpdated", 1);

    public ProjectUpdated {
        topics = List.copyOf(topics);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
