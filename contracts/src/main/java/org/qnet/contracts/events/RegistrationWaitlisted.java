package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An event was full: the member is on its waitlist at the given position. */
public record RegistrationWaitlisted(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        int position,
        Instant waitlistedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "RegistrationWaitlisted", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
