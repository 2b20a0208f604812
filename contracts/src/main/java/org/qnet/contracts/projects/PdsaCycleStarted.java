package org.qnet.contracts.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A team began a PDSA cycle: a small test of change with a prediction. */
public record PdsaCycleStarted(
        String projectId,
        String cycleId,
        String title,
        String change,
        String prediction,
        List<String> measureIds,
        LocalDate startsOn,
        Instant startedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "PdsaCycleStarted", 1);

    public PdsaCycleStarted {
        measureIds = List.copyOf(measureIds);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return cycleId;
    }
}
