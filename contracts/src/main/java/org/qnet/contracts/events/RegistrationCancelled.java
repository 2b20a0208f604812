package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A member cancelled their registration (a seat or a place on the waitlist). */
public record RegistrationCancelled(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        boolean hadSeat,
        Instant cancelledAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "RegistrationCancelled", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
