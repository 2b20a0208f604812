package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member has a confirmed seat at an event. */
public record RegistrationConfirmed(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        Instant startsAt,
        Instant confirmedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "RegistrationConfirmed", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
