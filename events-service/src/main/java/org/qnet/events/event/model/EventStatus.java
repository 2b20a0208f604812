package org.qnet.events.event.model;

import java.util.Locale;

/** Draft, then published, then cancelled or completed. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, COMPLETED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
