package org.qnet.events.event.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of event the community runs. */
public enum EventKind {
    SEMINAR, WORKSHOP, WEBINAR, SITE_VISIT, FORUM, ACTION_LEARNING_SET;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EventKind> fromCode(String code) {
        for (EventKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
