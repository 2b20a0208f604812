package org.qnet.contracts.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** Data points of a measure were recorded or corrected, by period. */
public record MeasurementsRecorded(
        String projectId,
        String measureId,
        List<LocalDate> periods,
        String recordedBy,
        Instant recordedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "MeasurementsRecorded", 1);

    public MeasurementsRecorded {
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
