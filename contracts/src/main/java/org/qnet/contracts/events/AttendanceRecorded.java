package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** The organiser recorded whether a registrant attended. */
public record AttendanceRecorded(
        String eventId,
        String memberId,
        boolean attended,
        Instant recordedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "AttendanceRecorded", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
