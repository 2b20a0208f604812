package org.qnet.events.registration.model;

import java.util.Locale;

/**
 * Requested (for the instant between asking and being given a seat or a waitlist ticket), confirmed,
 * waitlisted, cancelled.
 */
public enum RegistrationStatus {
    REQUESTED, CONFIRMED, WAITLISTED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return this != CANCELLED;
    }
}
