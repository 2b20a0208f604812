package org.qnet.members.suggestion.application;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qnet.members.connection.infrastructure.ConnectionStore;
import org.qnet.members.connection.model.Connection;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.suggestion.infrastructure.ProjectTeams;
import org.qnet.members.suggestion.model.Suggestion;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Peers a member might connect with: listed, not already linked, ranked by what they share. */
@Service
public class Suggestions {

    /** How many peers sharing something are weighed; enough for a good top list, bounded for a large community. */
    static final int POOL = 500;

    private final MemberStore members;
    private final ConnectionStore connections;
    private final ProjectTeams projectTeams;

    Suggestions(MemberStore members, ConnectionStore connections, ProjectTeams projectTeams) {
        this.members = members;
        this.connections = connections;
        this.projectTeams = projectTeams;
    }

    /** The best suggestions for a member; empty when they are not one. */
    public Mono<List<Suggested>> forMember(String memberId, int limit) {
        return members.find(memberId).flatMap(me -> connections.of(memberId, Optional.empty())
                .filter(link -> link.status().isActive())
                .map(link -> link.peerOf(memberId))
                .collect(Collectors.toCollection(HashSet::new))
                .zipWith(projectTeams.sharedProjectsOf(memberId))
                .flatMap(found -> rank(me, found.getT1(), found.getT2(), limit)));
    }

    private Mono<List<Suggested>> rank(Member me, Set<String> linked, Map<String, Integer> sharedProjects, int limit) {
        linked.add(me.id());
        var profile = me.profile();
        return members.listedPeersSharing(profile.topics(), profile.region().name(), sharedProjects.keySet(), linked,
                        POOL).collectList()
                .map(pool -> {
                    Map<String, Member> byId = pool.stream().collect(Collectors.toMap(Member::id, Function.identity()));
                    return pool.stream()
                            .map(peer -> Suggestion.of(peer.id(), sharedProjects.getOrDefault(peer.id(), 0),
                                    profile.topics(), peer.profile().topics(),
                                    peer.profile().region() == profile.region()))
                            .filter(Suggestion::isWorthSuggesting)
                            .sorted(Suggestion.BEST_FIRST)
                            .limit(limit)
                            .map(s -> new Suggested(byId.get(s.memberId()), s))
                            .toList();
                });
    }

    /** A suggested peer with the reason for suggesting them. */
    public record Suggested(Member member, Suggestion suggestion) {
    }
}
