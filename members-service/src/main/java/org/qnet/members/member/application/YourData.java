package org.qnet.members.member.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qnet.contracts.members.MemberErased;
import org.qnet.members.connection.infrastructure.ConnectionStore;
import org.qnet.members.connection.model.Connection;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.nomination.infrastructure.NominationStore;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.suggestion.infrastructure.ProjectTeams;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A member's right to their data: everything held about them, and its erasure. Erasing removes the
 * personal fields at once and publishes {@link MemberErased}; the links and the nomination are cleaned
 * when that event comes back, so the clean-up survives a crash and runs once per erasure.
 */
@Service
public class YourData {

    private final MemberStore members;
    private final ConnectionStore connections;
    private final NominationStore nominations;
    private final ProjectTeams projectTeams;
    private final Clock clock;

    YourData(MemberStore members, ConnectionStore connections, NominationStore nominations, ProjectTeams projectTeams,
             Clock clock) {
        this.members = members;
        this.connections = connections;
        this.nominations = nominations;
        this.projectTeams = projectTeams;
        this.clock = clock;
    }

    /** Everything held about the member; empty when they are not one. */
    public Mono<Export> export(String memberId) {
        return members.find(memberId).flatMap(member -> Mono.zip(
                connections.of(memberId, Optional.empty()).collectList(),
                nominations.ofMember(memberId).collectList(),
                (links, admittedBy) -> new Export(member, links, admittedBy, clock.instant())));
    }

    /** Erases the member's data; false when there is no such member. */
    public Mono<Boolean> erase(String memberId) {
        Instant now = clock.instant();
        return members.erase(memberId, now, new MemberErased(memberId, now));
    }

    /** The rest of an erasure, once {@link MemberErased} is published. */
    public Mono<Void> on(MemberErased erased) {
        return connections.dropAllOf(erased.memberId())
                .then(nominations.eraseCandidateOf(erased.memberId()))
                .then(projectTeams.forget(erased.memberId()));
    }

    /** What a member's export holds. */
    public record Export(Member member, List<Connection> connections, List<Nomination> nominations, Instant exportedAt) {
    }
}
