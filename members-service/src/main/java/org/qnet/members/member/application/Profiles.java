package org.qnet.members.member.application;

import java.time.Clock;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.members.connection.infrastructure.ConnectionStore;
import org.qnet.members.connection.model.ConnectionStatus;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.member.model.ProfileChange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Members read each other's profiles and edit their own. The email shows only to the member and their
 * connections; a hidden profile only to them.
 */
@Service
public class Profiles {

    private final MemberStore members;
    private final ConnectionStore connections;
    private final Clock clock;

    Profiles(MemberStore members, ConnectionStore connections, Clock clock) {
        this.members = members;
        this.connections = connections;
        this.clock = clock;
    }

    /** A profile as the viewer may see it; empty when there is none they may see. */
    public Mono<Viewed> view(String memberId, String viewerId) {
        return members.find(memberId).flatMap(member -> {
            if (member.id().equals(viewerId)) {
                return Mono.just(new Viewed(member, true));
            }
            return connections.activeBetween(memberId, viewerId)
                    .map(link -> link.status() == ConnectionStatus.ACCEPTED)
                    .defaultIfEmpty(false)
                    .filter(connected -> connected || member.profile().listed())
                    .map(connected -> new Viewed(member, connected));
        });
    }

    public Mono<Change> change(String memberId, ProfileChange change) {
        return members.find(memberId)
                .flatMap(member -> {
                    var result = change.applyTo(member.profile());
                    if (result instanceof ProfileChange.Result.Refused refused) {
                        return Mono.<Change>just(new Change.Refused(refused.field(), refused.reason()));
                    }
                    Member changed = member.withProfile(((ProfileChange.Result.Changed) result).profile());
                    return members.saveProfile(changed, updated(changed))
                            .<Change>map(Change.Changed::new)
                            .defaultIfEmpty(new Change.Concurrent());
                })
                .defaultIfEmpty(new Change.NotAMember());
    }

    private MemberProfileUpdated updated(Member m) {
        var p = m.profile();
        return new MemberProfileUpdated(m.id(), m.name(), p.profession().code(), p.region().displayName(), p.topics(),
                p.openToMentoring(), p.listed(), clock.instant());
    }

    /** A profile and whether the viewer may see the email on it. */
    public record Viewed(Member member, boolean showEmail) {
    }

    /** What became of a profile change. */
    public sealed interface Change {
        record Changed(Member member) implements Change {
        }

        record Refused(String field, String reason) implements Change {
        }

        record Concurrent() implements Change {
        }

        record NotAMember() implements Change {
        }
    }
}
