package org.qnet.notifications.members;

import java.time.Clock;
import java.util.List;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.audience.infrastructure.Audiences;
import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.notifications.delivery.application.Delivery;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.preference.infrastructure.PreferenceStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Turns qnet.members into notices: nominators hear of their organisation and of the panel's
 * decisions, a new member is welcomed, connections are told to the other side. Keeps the people and
 * nominator audiences those notices need, and forgets an erased member everywhere.
 */
@Service
class MembersNotifying {

    static final String NOMINATORS = "nominators";

    private final Delivery delivery;
    private final NotificationStore notifications;
    private final EmailQueue emails;
    private final PreferenceStore preferences;
    private final People people;
    private final Audiences audiences;
    private final Clock clock;
    private final String signInUrl;

    MembersNotifying(Delivery delivery, NotificationStore notifications, EmailQueue emails, PreferenceStore preferences,
                     People people, Audiences audiences, Clock clock,
                     @Value("${qnet.notifications.sign-in-url:${qnet.notifications.web-url:http://127.0.0.1:8080}}")
                     String signInUrl) {
        this.delivery = delivery;
        this.notifications = notifications;
        this.emails = emails;
        this.preferences = preferences;
        this.people = people;
        this.audiences = audiences;
        this.clock = clock;
        this.signInUrl = signInUrl;
    }

    static String organisation(String organisationId) {
        return "organisation:" + organisationId;
    }

    Mono<Void> on(OrganisationRegistered registered, String eventId) {
        return audiences.addAll(organisation(registered.organisationId()), NOMINATORS,
                        registered.nominators().stream().map(OrganisationRegistered.Nominator::subject).toList())
                .thenMany(reactor.core.publisher.Flux.fromIterable(registered.nominators()))
                .concatMap(nominator -> people.rememberContact(nominator.subject(), nominator.email()))
                .then()
                .then(delivery.deliver(NominatorNotices.forRegistered(registered, eventId, clock.instant())));
    }

    /** The candidate has no inbox yet: they are written to. */
    Mono<Void> on(NominationSubmitted submitted, String eventId) {
        return emails.enqueue(List.of(EmailQueue.queued(submitted.candidate().email(), eventId,
                CandidateEmails.nominated(submitted), false, clock.instant())));
    }

    Mono<Void> on(NominationDecided decided, String eventId) {
        return emails.enqueue(List.of(EmailQueue.queued(decided.candidate().email(), eventId,
                        CandidateEmails.decided(decided, signInUrl), false, clock.instant())))
                .then(audiences.find(organisation(decided.organisationId())))
                .map(audience -> audience.members(NOMINATORS))
                .defaultIfEmpty(List.of())
                .flatMap(nominators -> delivery.deliver(
                        MemberNotices.decided(decided, nominators, eventId, clock.instant())));
    }

    Mono<Void> on(MemberAdmitted admitted, String eventId) {
        return people.remember(admitted.memberId(), admitted.name(), admitted.email(), admitted.topics())
                .then(delivery.deliver(List.of(MemberNotices.welcome(admitted, eventId, clock.instant()))));
    }

    Mono<Void> on(MemberProfileUpdated updated) {
        return people.remember(updated.memberId(), updated.name(), null, updated.topics());
    }

    Mono<Void> on(ConnectionRequested requested, String eventId) {
        return delivery.deliverNaming(requested.requesterId(), name -> List.of(
                MemberNotices.connectionRequested(requested, name, eventId, clock.instant())));
    }

    Mono<Void> on(ConnectionAccepted accepted, String eventId) {
        return delivery.deliverNaming(accepted.addresseeId(), name -> List.of(
                MemberNotices.connectionAccepted(accepted, name, eventId, clock.instant())));
    }

    /** An erased member's notifications and what this service knew of them are deleted. */
    Mono<Void> on(MemberErased erased) {
        return delivery.dropPendingTo(erased.memberId())
                .then(notifications.deleteAllOf(erased.memberId()))
                .then(emails.forget(erased.memberId()))
                .then(preferences.forget(erased.memberId()))
                .then(people.forget(erased.memberId()))
                .then(audiences.forget(erased.memberId(), Audiences.GROUPS));
    }
}
