package org.qnet.events.event.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.qnet.events.event.model.Event;

/**
 * An event as the caller sees it: seats taken and left, the waitlist's length, the caller's own
 * registration, and the online link only for confirmed registrants and the organiser.
 */
record EventResponse(String id, String seriesId, String title, String kind, String summary, String description,
                     String descriptionHtml, LocalDateTime start, LocalDateTime end, String timeZone, Instant startsAt,
                     Instant endsAt, String venue, boolean online, URI onlineLink, Integer capacity, long seatsTaken,
                     Long seatsLeft, long waitlistLength, List<String> topics, Instant registrationOpensAt,
                     Instant registrationClosesAt, String status, String cancelReason, int sequence, String organiserId,
                     YourRegistration yourRegistration) {

    /** The caller's registration: confirmed, or waitlisted at a position. */
    record YourRegistration(String id, String status, Long position) {
    }

    static EventResponse of(Event e, long seatsTaken, Long seatsLeft, long waitlistLength, boolean showLink,
                            YourRegistration yours) {
        var d = e.details();
        var s = e.schedule();
        return new EventResponse(e.id(), e.seriesId(), d.title(), d.kind().code(), d.summary(), d.description(),
                SafeMarkdown.toHtml(d.description()), s.start(), s.end(), s.zone().getId(), s.startsAt(), s.endsAt(),
                e.place().venue(), e.place().online(), showLink ? e.place().onlineLink() : null, e.capacity(), seatsTaken,
                seatsLeft, waitlistLength, d.topics(), e.registration().opensAt(), e.registration().closesAt(),
                e.status().code(), e.cancelReason(), e.sequence(), e.organiserId(), yours);
    }
}
