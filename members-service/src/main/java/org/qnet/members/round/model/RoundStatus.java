package org.qnet.members.round.model;

import java.util.Locale;

/** Where a round stands at a given instant. */
public enum RoundStatus {
    UPCOMING, OPEN, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
