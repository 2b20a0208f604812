package org.qnet.events.calendar.web;

import java.time.Clock;
import java.util.List;
import org.qnet.events.calendar.infrastructure.CalendarFeeds;
import org.qnet.events.calendar.model.IcsCalendar;
import org.qnet.events.event.application.EventAccess;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.events.registration.model.Registration;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** Events as iCalendar: one event to add to a calendar, and each member's subscription feed. */
@RestController
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventAccess access;
    private final EventStore events;
    private final RegistrationStore registrations;
    private final CalendarFeeds feeds;
    private final Clock clock;

    CalendarController(EventAccess access, EventStore events, RegistrationStore registrations, CalendarFeeds feeds,
                       Clock clock) {
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.feeds = feeds;
        this.clock = clock;
    }

    record Subscription(boolean active, String url) {
    }

    @GetMapping("/events/{id}/event.ics")
    Mono<ResponseEntity<String>> event(@PathVariable String id, CurrentUser caller) {
        boolean admin = caller.has(Role.ADMIN);
        return access.visible(id, caller.subject(), admin).flatMap(event -> registrations.activeOf(id, caller.subject())
                .map(Registration::hasSeat).defaultIfEmpty(false)
                .map(seated -> calendar(IcsCalendar.of(event.details().title(),
                        List.of(new IcsCalendar.Entry(event, seated || event.canBeChangedBy(caller.subject(), admin))),
                        clock.instant()))));
    }

    @GetMapping("/calendar/subscription")
    Mono<Subscription> subscription(CurrentUser caller) {
        return feeds.exists(caller.subject()).map(active -> new Subscription(active, null));
    }

    /** Creates the caller's feed, or replaces its secret: the old URL stops working. The URL is shown only now. */
    @PostMapping("/calendar/subscription")
    Mono<Subscription> rotate(CurrentUser caller, ServerHttpRequest request) {
        return feeds.rotate(caller.subject(), clock.instant()).map(secret -> new Subscription(true,
                UriComponentsBuilder.fromUri(request.getURI()).replacePath("/calendar/feeds/" + secret + ".ics")
                        .replaceQuery(null).build().toUriString()));
    }

    /** The feed calendar apps poll: the member's confirmed events, cancelled ones marked so. */
    @GetMapping("/calendar/feeds/{secret}.ics")
    Mono<ResponseEntity<String>> feed(@PathVariable String secret) {
        return feeds.memberOf(secret)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No calendar feed at this address.")))
                .flatMap(memberId -> registrations.confirmedOfMember(memberId).map(Registration::eventId).collectList()
                        .flatMapMany(events::findAll)
                        .map(event -> new IcsCalendar.Entry(event, true))
                        .collectList())
                .map(entries -> calendar(IcsCalendar.of("qnet events", entries, clock.instant())));
    }

    private static ResponseEntity<String> calendar(String ics) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache().cachePrivate()).body(ics);
    }

}
