package org.qnet.contracts.projects;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member shared a new improvement project and leads it. */
public record ProjectCreated(
        String projectId,
        String title,
        String aim,
        List<String> topics,
        String organisation,
        String visibility,
        String status,
        String leadId,
        Instant createdAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "ProjectCreated", 1);

    public ProjectCreated {
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
