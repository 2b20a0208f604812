package org.qnet.projects.cycle.model;

import java.util.Locale;
import java.util.Optional;

/** What the team decides in the act stage: adopt the change, adapt it and test again, or abandon it. */
public enum Decision {
    ADOPT, ADAPT, ABANDON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> fromCode(String code) {
        for (Decision decision : values()) {
            if (decision.code().equals(code)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
