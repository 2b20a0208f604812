package org.qnet.events.event.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A weekly or monthly series, from an RFC 5545 RRULE, expanded into the local start times of its
 * occurrences in the event's time zone: a seminar at 13:00 London time stays at 13:00 across the
 * change to summer time.
 */
public final class Series {

    public static final int MAX_OCCURRENCES = 52;

    private Series() {
    }

    /** The starts of the occurrences; refuses a rule that is not weekly or monthly or has no end. */
    public static List<LocalDateTime> occurrences(Schedule first, String rrule) {
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(rrule);
        } catch (IllegalArgumentException | DateTimeException malformed) {
            throw new IllegalArgumentException("not an RRULE: " + malformed.getMessage());
        }
        if (recur.getFrequency() != Frequency.WEEKLY && recur.getFrequency() != Frequency.MONTHLY) {
            throw new IllegalArgumentException("a series repeats weekly or monthly");
        }
        if (recur.getCount() < 1 && recur.getUntil() == null) {
            throw new IllegalArgumentException("a series needs COUNT or UNTIL");
        }
        ZonedDateTime start = first.start().atZone(first.zone());
        List<ZonedDateTime> dates = recur.getDates(start, start, start.plusYears(2), MAX_OCCURRENCES + 1);
        if (dates.size() > MAX_OCCURRENCES) {
            throw new IllegalArgumentException("a series has at most " + MAX_OCCURRENCES + " occurrences");
        }
        return dates.stream().map(date -> date.withZoneSameInstant(first.zone()).toLocalDateTime()).toList();
    }
}
