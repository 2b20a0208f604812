package org.qnet.events.registration.model;

import java.time.Instant;

/**
 * A member's registration for an event. A waitlisted registration holds a ticket: tickets are handed
 * out in order by the event, so the waitlist is the waitlisted registrations by ticket.
 */
public record Registration(String id, String eventId, String memberId, RegistrationStatus status, long ticket,
                           boolean promoted, Boolean attended, Instant registeredAt) {

    public boolean hasSeat() {
        return status == RegistrationStatus.CONFIRMED;
    }
}
