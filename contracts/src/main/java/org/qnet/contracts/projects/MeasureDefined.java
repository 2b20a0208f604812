package org.qnet.contracts.projects;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A measure was defined or its definition changed; carries the definition as it now is. */
public record MeasureDefined(
        String projectId,
        String measureId,
        String name,
        String definition,
        String unit,
        String kind,
        String improvement,
        String chartType,
        List<String> rules,
        Double goal,
        Integer baselinePoints,
        Instant definedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("projects", "MeasureDefined", 1);

    public MeasureDefined {
        rules = List.copyOf(rules);
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
