package org.qnet.events.member.application;

import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.events.calendar.infrastructure.CalendarFeeds;
import org.qnet.events.member.infrastructure.KnownMembers;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the members this service knows in step with {@code qnet.members}. An erased member is
 * forgotten: their registrations stay (so seats still add up) without saying whose they were, and
 * their calendar feed stops working.
 */
@Service
public class MemberProjection {

    private final KnownMembers members;
    private final RegistrationStore registrations;
    private final CalendarFeeds feeds;

    MemberProjection(KnownMembers members, RegistrationStore registrations, CalendarFeeds feeds) {
        this.members = members;
        this.registrations = registrations;
        this.feeds = feeds;
    }

    public Mono<Void> on(MemberAdmitted admitted) {
        return members.remember(admitted.memberId(), admitted.name(), admitted.email(), admitted.topics());
    }

    public Mono<Void> on(MemberProfileUpdated updated) {
        return members.remember(updated.memberId(), updated.name(), null, updated.topics());
    }

    public Mono<Void> on(MemberErased erased) {
        return members.forget(erased.memberId())
                .then(registrations.anonymise(erased.memberId()))
                .then(feeds.revoke(erased.memberId()));
    }
}
