package org.qnet.events.event.infrastructure;

/** An event's taken seats, and those left (null when the event is unlimited). */
public record Seats(long taken, Long left) {
}
