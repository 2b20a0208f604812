package org.qnet.contracts.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** Recorded data made a new signal on a measure's chart: which rule fired, over which periods, pointing which way, and the PDSA cycle that most closely precedes it. */
public record ImprovementSignalDetected(
        String signalId,
        String projectId,
        String projectTitle,
        String measureId,
        String measureName,
        String rule,
        String direction,
        List<LocalDate> periods,
        String pdsaCycleId,
        String pdsaCycleTitle,
        Instant detectedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "ImprovementSignalDetected", 1);

    public ImprovementSignalDetected {
        periods = List.copyOf(periods);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return measureId;
    }
}
