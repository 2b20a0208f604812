package org.qnet.events.event.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.qnet.events.event.application.EventAccess;
import org.qnet.events.event.application.PublishingEvents;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.event.model.EventKind;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.qnet.platform.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Events: organisers create (one or a series), publish, change, cancel and complete; everyone browses. */
@RestController
@RequestMapping("/events")
class EventController {

    /** A range bound of this length is a date, 2027-01-14; any other an instant. */
    private static final int DATE_LENGTH = 10;

    private final PublishingEvents publishing;
    private final EventAccess access;
    private final EventStore events;
    private final EventViews views;

    EventController(PublishingEvents publishing, EventAccess access, EventStore events, EventViews views) {
        this.publishing = publishing;
        this.access = access;
        this.events = events;
        this.views = views;
    }

    record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    record EventPageResponse(List<EventResponse> items, int page, int size, long total) {
    }

    record SeriesResponse(String seriesId, List<EventResponse> occurrences) {
    }

    @PostMapping
    Mono<ResponseEntity<EventResponse>> create(@Valid @RequestBody EventRequest body, CurrentUser caller) {
        if (body.rrule() != null) {
            throw Problems.invalidField("rrule", "a series is created with POST /events/series");
        }
        return publishing.create(caller.subject(), body.toDraft()).flatMap(event -> views.of(event, caller))
                .map(event -> ResponseEntity.created(URI.create("/events/" + event.id())).body(event));
    }

    @PostMapping("/series")
    Mono<ResponseEntity<SeriesResponse>> createSeries(@Valid @RequestBody EventRequest body, CurrentUser caller) {
        if (body.rrule() == null || body.rrule().isBlank()) {
            throw Problems.invalidField("rrule", "is required, e.g. FREQ=WEEKLY;COUNT=10");
        }
        return publishing.createSeries(caller.subject(), body.toDraft(), body.rrule().strip())
                .collectList().flatMap(created -> views.ofAll(created, caller).collectList())
                .map(occurrences -> ResponseEntity.status(201)
                        .body(new SeriesResponse(occurrences.get(0).seriesId(), occurrences)));
    }

    @GetMapping
    Mono<EventPageResponse> browse(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(name = "topic", required = false) List<String> topics,
                                   @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size, CurrentUser caller) {
        Paging paging = Paging.of(page, size);
        var search = new EventStore.EventSearch(instant("from", from), instant("to", to),
                topics == null ? List.of() : topics,
                Optional.ofNullable(kind).map(code -> EventKind.fromCode(code).orElseThrow(() ->
                        Problems.invalidField("kind", "must be one of seminar, workshop, webinar, site-visit, forum, "
                                + "action-learning-set"))),
                Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty()));
        return events.search(search, caller.subject(), paging).flatMap(found -> views.ofPage(found, caller)
                .collectList()
                .map(items -> new EventPageResponse(items, paging.page(), paging.size(), found.total())));
    }

    @GetMapping("/{id}")
    Mono<EventResponse> event(@PathVariable String id, CurrentUser caller) {
        return access.visible(id, caller.subject(), caller.has(Role.ADMIN)).flatMap(event -> views.of(event, caller));
    }

    @PatchMapping("/{id}")
    Mono<EventResponse> change(@PathVariable String id, @Valid @RequestBody EventRequest body, CurrentUser caller) {
        if (body.publish() != null || body.rrule() != null) {
            throw Problems.invalidField(body.publish() != null ? "publish" : "rrule",
                    "is not a field a change takes; publish with POST /events/{id}/publish");
        }
        return publishing.change(id, caller.subject(), caller.has(Role.ADMIN), body::applyTo)
                .flatMap(event -> views.of(event, caller));
    }

    @PostMapping("/{id}/publish")
    Mono<EventResponse> publish(@PathVariable String id, CurrentUser caller) {
        return publishing.publish(id, caller.subject(), caller.has(Role.ADMIN)).flatMap(event -> views.of(event, caller));
    }

    @PostMapping("/{id}/cancel")
    Mono<EventResponse> cancel(@PathVariable String id, @Valid @RequestBody Cancellation body, CurrentUser caller) {
        return publishing.cancel(id, caller.subject(), caller.has(Role.ADMIN), body.reason().strip())
                .flatMap(event -> views.of(event, caller));
    }

    @PostMapping("/{id}/complete")
    Mono<EventResponse> complete(@PathVariable String id, CurrentUser caller) {
        return publishing.complete(id, caller.subject(), caller.has(Role.ADMIN)).flatMap(event -> views.of(event, caller));
    }

    private static Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            // Told apart by length, not by a failed parse: an exception for every date cost more than the parse.
            return Optional.of(value.length() == DATE_LENGTH
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value));
        } catch (DateTimeParseException malformed) {
            throw Problems.invalidField(field, "must be a date (2027-01-14) or an instant (2027-01-14T09:00:00Z)");
        }
    }
}
