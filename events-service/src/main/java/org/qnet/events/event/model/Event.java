package org.qnet.events.event.model;

import java.time.Instant;

/**
 * An event: one occurrence, possibly of a series. Its seats are not here but counted in the
 * database beside it, so that taking and giving a seat is one conditional write. Every change
 * raises the {@code sequence} that calendars use to tell a newer version of the event.
 */
public record Event(String id, String seriesId, String organiserId, EventDetails details, Schedule schedule,
                    Place place, Integer capacity, RegistrationWindow registration, EventStatus status,
                    String cancelReason, int sequence, Instant createdAt, long version) {

    /** Only the organiser who owns an event, or an ADMIN, changes it. */
    public boolean canBeChangedBy(String userId, boolean admin) {
        return admin || organiserId.equals(userId);
    }

    public boolean isUnlimited() {
        return capacity == null;
    }

    /** Whether a member may register now, and if not, why not. */
    public Registrability registrabilityAt(Instant now) {
        return switch (status) {
            case DRAFT -> Registrability.NOT_PUBLISHED;
            case CANCELLED -> Registrability.CANCELLED;
            case COMPLETED -> Registrability.PAST;
            case PUBLISHED -> !now.isBefore(schedule.startsAt())
                    ? Registrability.PAST
                    : registration.isOpenAt(now, schedule.startsAt()) ? Registrability.OPEN : Registrability.CLOSED;
        };
    }

    public Event published() {
        return with(EventStatus.PUBLISHED, cancelReason, details, schedule, place, capacity, registration);
    }

    public Event cancelled(String reason) {
        return with(EventStatus.CANCELLED, reason, details, schedule, place, capacity, registration);
    }

    public Event completed() {
        return with(EventStatus.COMPLETED, cancelReason, details, schedule, place, capacity, registration);
    }

    public Event changed(EventDetails newDetails, Schedule newSchedule, Place newPlace, Integer newCapacity,
                         RegistrationWindow newRegistration) {
        return with(status, cancelReason, newDetails, newSchedule, newPlace, newCapacity, newRegistration);
    }

    /** Registrants are told when the time or the place moves; other edits are not news to them. */
    public boolean isRescheduledBy(Event changed) {
        return !schedule.equals(changed.schedule()) || !place.equals(changed.place());
    }

    private Event with(EventStatus newStatus, String reason, EventDetails newDetails, Schedule newSchedule,
                       Place newPlace, Integer newCapacity, RegistrationWindow newRegistration) {
        return new Event(id, seriesId, organiserId, newDetails, newSchedule, newPlace, newCapacity, newRegistration,
                newStatus, reason, sequence + 1, createdAt, version);
    }

    /** Why registering is possible or not. */
    public enum Registrability {
        OPEN, NOT_PUBLISHED, CLOSED, CANCELLED, PAST
    }
}
