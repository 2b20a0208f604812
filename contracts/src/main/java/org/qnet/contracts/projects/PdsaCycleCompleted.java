package org.qnet.contracts.projects;

import java.time.Instant;
import java.time.LocalDate;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A team recorded the act stage of a PDSA cycle: what it decided after studying the results. */
public record PdsaCycleCompleted(
        String projectId,
        String cycleId,
        String title,
        String decision,
        LocalDate startsOn,
        LocalDate completedOn,
        Instant completedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "PdsaCycleCompleted", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return cycleId;
    }
}
