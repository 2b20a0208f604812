package org.qnet.contracts.events;

import java.time.Instant;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A seat freed and went to this member, first on the waitlist. */
public record WaitlistPromoted(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        Instant startsAt,
        Instant promotedAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "WaitlistPromoted", 1);

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
