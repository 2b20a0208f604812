package org.qnet.events.event.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.qnet.events.event.application.PublishingEvents.Draft;
import org.qnet.events.event.model.Event;
import org.qnet.events.event.model.EventDetails;
import org.qnet.events.event.model.EventKind;
import org.qnet.events.event.model.Place;
import org.qnet.events.event.model.RegistrationWindow;
import org.qnet.events.event.model.Schedule;
import org.qnet.platform.problem.Problems;

/**
 * An event as an organiser writes it: local start and end with an IANA time zone, a venue or an
 * https link (or both), capacity (absent: unlimited). For a change, absent fields stay as they are.
 */
record EventRequest(@Size(min = 1, max = 200) String title,
                    String kind,
                    @Size(min = 1, max = 500) String summary,
                    @Size(max = EventDetails.MAX_DESCRIPTION) String description,
                    LocalDateTime start,
                    LocalDateTime end,
                    @Size(max = 64) String timeZone,
                    @Size(max = 500) String venue,
                    @Size(max = 2000) String onlineLink,
                    @Min(1) Integer capacity,
                    @Size(max = 20) List<@NotBlank @Size(max = 80) String> topics,
                    Instant registrationOpensAt,
                    Instant registrationClosesAt,
                    Boolean publish,
                    @Size(max = 200) String rrule) {

    /** A new event: everything an event needs must be there. */
    Draft toDraft() {
        require("title", title);
        require("kind", kind);
        require("summary", summary);
        require("start", start);
        require("end", end);
        require("timeZone", timeZone);
        return new Draft(new EventDetails(title.strip(), kind(kind), summary.strip(), description,
                        topics == null ? List.of() : topics.stream().map(String::strip).distinct().toList()),
                schedule(start, end, timeZone), place(venue, onlineLink), capacity,
                window(registrationOpensAt, registrationClosesAt), Boolean.TRUE.equals(publish));
    }

    /** The event with this request's changes applied. */
    Draft applyTo(Event current) {
        var d = current.details();
        var s = current.schedule();
        var p = current.place();
        LocalDateTime newStart = start == null ? s.start() : start;
        LocalDateTime newEnd = end == null ? (start == null ? s.end() : s.startingAt(start).end()) : end;
        return new Draft(new EventDetails(title == null ? d.title() : title.strip(), kind == null ? d.kind() : kind(kind),
                        summary == null ? d.summary() : summary.strip(), description == null ? d.description() : description,
                        topics == null ? d.topics() : topics.stream().map(String::strip).distinct().toList()),
                schedule(newStart, newEnd, timeZone == null ? s.zone().getId() : timeZone),
                place(venue == null ? p.venue() : blankToNull(venue),
                        onlineLink == null ? (p.onlineLink() == null ? null : p.onlineLink().toString()) : blankToNull(onlineLink)),
                capacity == null ? current.capacity() : capacity,
                window(registrationOpensAt == null ? current.registration().opensAt() : registrationOpensAt,
                        registrationClosesAt == null ? current.registration().closesAt() : registrationClosesAt),
                false);
    }

    private static Schedule schedule(LocalDateTime start, LocalDateTime end, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            throw Problems.invalidField("timeZone", "must be an IANA time zone such as Europe/London");
        }
        if (!end.isAfter(start)) {
            throw Problems.invalidField("end", "must be after the start");
        }
        return new Schedule(start, end, zone);
    }

    private static Place place(String venue, String onlineLink) {
        URI link = null;
        if (onlineLink != null && !onlineLink.isBlank()) {
            try {
                link = new URI(onlineLink.strip());
            } catch (URISyntaxException malformed) {
                throw Problems.invalidField("onlineLink", "must be an https URL");
            }
            if (!Place.isHttps(link)) {
                throw Problems.invalidField("onlineLink", "must be an https URL");
            }
        }
        String place = blankToNull(venue);
        if (place == null && link == null) {
            throw Problems.invalidField("venue", "an event needs a venue or an online link");
        }
        return new Place(place, link);
    }

    private static RegistrationWindow window(Instant opensAt, Instant closesAt) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw Problems.invalidField("registrationClosesAt", "must be after registrationOpensAt");
        }
        return new RegistrationWindow(opensAt, closesAt);
    }

    private static EventKind kind(String code) {
        return EventKind.fromCode(code).orElseThrow(() -> Problems.invalidField("kind",
                "must be one of seminar, workshop, webinar, site-visit, forum, action-learning-set"));
    }

    private static void require(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw Problems.invalidField(field, "is required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
