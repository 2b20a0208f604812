package org.qnet.events.registration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.qnet.contracts.events.AttendanceRecorded;
import org.qnet.events.event.application.EventAccess;
import org.qnet.events.member.infrastructure.KnownMembers;
import org.qnet.events.member.infrastructure.KnownMembers.Attendee;
import org.qnet.events.registration.application.Registering;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Members register and cancel; organisers see who is coming and who is waiting, and record who came. */
@RestController
@RequestMapping("/events/{eventId}")
class RegistrationController {

    private final Registering registering;
    private final RegistrationStore registrations;
    private final EventAccess access;
    private final KnownMembers members;
    private final Clock clock;

    RegistrationController(Registering registering, RegistrationStore registrations, EventAccess access,
                           KnownMembers members, Clock clock) {
        this.registering = registering;
        this.registrations = registrations;
        this.access = access;
        this.members = members;
        this.clock = clock;
    }

    record RegistrationResponse(String id, String eventId, String status, Long position) {
    }

    record Attendance(@NotNull Boolean attended) {
    }

    /** Who is registered: the confirmed, then the waitlist in order. */
    record AttendeeList(List<AttendeeView> confirmed, List<AttendeeView> waitlist) {
    }

    record AttendeeView(String memberId, String name, String email, String status, Long position, Boolean attended,
                        Instant registeredAt) {
    }

    @PostMapping("/registrations")
    Mono<ResponseEntity<RegistrationResponse>> register(@PathVariable String eventId, CurrentUser caller) {
        return access.visible(eventId, caller.subject(), caller.has(Role.ADMIN))
                .flatMap(event -> registering.register(event, caller.subject()))
                .map(placement -> {
                    Registration r = placement.registration();
                    var body = new RegistrationResponse(r.id(), r.eventId(), r.status().code(),
                            r.status() == RegistrationStatus.WAITLISTED ? placement.position() : null);
                    return placement.created()
                            ? ResponseEntity.created(URI.create("/events/" + eventId + "/registrations/me")).body(body)
                            : ResponseEntity.ok(body);
                });
    }

    @DeleteMapping("/registrations/me")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String eventId, CurrentUser caller) {
        return access.visible(eventId, caller.subject(), caller.has(Role.ADMIN))
                .flatMap(event -> registering.cancel(event, caller.subject()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/registrations")
    Mono<AttendeeList> attendees(@PathVariable String eventId, CurrentUser caller) {
        return attendeeViews(eventId, caller).map(views -> new AttendeeList(
                views.stream().filter(view -> view.status().equals(RegistrationStatus.CONFIRMED.code())).toList(),
                views.stream().filter(view -> view.status().equals(RegistrationStatus.WAITLISTED.code())).toList()));
    }

    /** The same list as CSV, for a spreadsheet or a sign-in sheet. */
    @GetMapping(value = "/registrations.csv", produces = "text/csv")
    Mono<ResponseEntity<String>> attendeesCsv(@PathVariable String eventId, CurrentUser caller) {
        return attendeeViews(eventId, caller).map(views -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registrations-" + eventId + ".csv\"")
                .body(AttendeeCsv.of(views.stream().map(view -> List.of(view.status(),
                        view.position() == null ? "" : view.position().toString(), view.name(),
                        view.email() == null ? "" : view.email(), view.attended() == null ? "" : view.attended().toString(),
                        view.registeredAt().toString())).toList())));
    }

    @PutMapping("/attendance/{memberId}")
    Mono<RegistrationResponse> recordAttendance(@PathVariable String eventId, @PathVariable String memberId,
                                                @Valid @RequestBody Attendance body, CurrentUser caller) {
        return access.changeable(eventId, caller.subject(), caller.has(Role.ADMIN))
                .flatMap(event -> clock.instant().isBefore(event.schedule().startsAt())
                        ? Mono.error(Problems.conflict("Attendance is recorded once the event has started."))
                        : registrations.recordAttendance(eventId, memberId, body.attended(),
                                new AttendanceRecorded(eventId, memberId, body.attended(), clock.instant()))
                        .switchIfEmpty(Mono.error(() -> Problems.notFound(memberId + " has no confirmed seat at this event."))))
                .map(r -> new RegistrationResponse(r.id(), r.eventId(), r.status().code(), null));
    }

    private Mono<List<AttendeeView>> attendeeViews(String eventId, CurrentUser caller) {
        return access.changeable(eventId, caller.subject(), caller.has(Role.ADMIN))
                .thenMany(Flux.concat(registrations.of(eventId, RegistrationStatus.CONFIRMED),
                        registrations.of(eventId, RegistrationStatus.WAITLISTED)))
                .collectList()
                .flatMap(all -> members.attendees(all.stream().map(Registration::memberId).toList()).map(known -> {
                    long[] position = {0};
                    return all.stream().map(r -> {
                        Attendee who = known.get(r.memberId());
                        Long place = r.status() == RegistrationStatus.WAITLISTED ? ++position[0] : null;
                        return new AttendeeView(r.memberId(), who == null ? "Former member" : who.name(),
                                who == null ? null : who.email(), r.status().code(), place, r.attended(), r.registeredAt());
                    }).toList();
                }));
    }
}
