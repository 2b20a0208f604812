package org.qnet.events.event.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When an event happens: local start and end in its IANA time zone, which is how organisers and
 * calendars think of it; the instants follow from them, daylight saving included.
 */
public record Schedule(LocalDateTime start, LocalDateTime end, ZoneId zone) {

    public Schedule {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an event ends after it starts");
        }
    }

    public Instant startsAt() {
        return start.atZone(zone).toInstant();
    }

    public Instant endsAt() {
        return end.atZone(zone).toInstant();
    }

    /** The same length of event, starting at another local time. */
    public Schedule startingAt(LocalDateTime otherStart) {
        return new Schedule(otherStart, otherStart.plus(Duration.between(start, end)), zone);
    }
}
