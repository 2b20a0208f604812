package org.qnet.members.connection.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionDeclined;
import org.qnet.contracts.members.ConnectionRemoved;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.members.connection.infrastructure.ConnectionStore;
import org.qnet.members.connection.infrastructure.ConnectionStore.Placement;
import org.qnet.members.connection.model.Connection;
import org.qnet.members.connection.model.Connection.Action;
import org.qnet.members.connection.model.Connection.Move;
import org.qnet.members.connection.model.ConnectionStatus;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Members connect: one asks, the other accepts or declines; either may withdraw a request or remove a
 * connection. Asking someone who has already asked you accepts their request.
 */
@Service
public class Connections {

    private static final Outcome CHANGED_MEANWHILE = new Outcome.Conflict("The connection changed meanwhile; look again.");
    /** A pair whose links keep ending as a request is placed is not a case to spin for. */
    private static final int MAX_PLACEMENTS = 3;

    private final ConnectionStore connections;
    private final MemberStore members;
    private final Clock clock;

    Connections(ConnectionStore connections, MemberStore members, Clock clock) {
        this.connections = connections;
        this.members = members;
        this.clock = clock;
    }

    public Mono<Outcome> request(String requesterId, String peerId) {
        if (requesterId.equals(peerId)) {
            return Mono.just(new Outcome.Refused("You cannot connect with yourself."));
        }
        return members.findAll(List.of(requesterId, peerId)).collectMap(Member::id)
                .flatMap(found -> {
                    if (!found.containsKey(requesterId)) {
                        return Mono.just(new Outcome.NotAMember());
                    }
                    Member peer = found.get(peerId);
                    return peer == null ? Mono.just(new Outcome.Missing()) : placeNew(requesterId, peer, 1);
                });
    }

    /**
     * Places the request straight away: the pair's unique index tells when a link between the two is
     * already there, and only a request that was not placed reads that link, to answer it. A link that
     * ended between the two steps frees the pair, so the request is placed again.
     */
    private Mono<Outcome> placeNew(String requesterId, Member peer, int attempt) {
        String peerId = peer.id();
        Instant now = clock.instant();
        var request = new Connection(UUID.randomUUID().toString(), requesterId, peerId, ConnectionStatus.PENDING, now, null);
        return connections.placeRequest(request, new ConnectionRequested(request.id(), requesterId, peerId, now))
                .flatMap(placement -> {
                    if (placement instanceof Placement.Placed placed) {
                        return Mono.just(new Outcome.Requested(placed.connection(), peer));
                    }
                    // Full seats do not stop the answer to a request the peer made first.
                    return connections.activeBetween(requesterId, peerId)
                            .flatMap(existing -> answerExisting(existing, requesterId))
                            .switchIfEmpty(Mono.defer(() -> {
                                if (placement instanceof Placement.TooManyPending) {
                                    return Mono.just(new Outcome.Refused("You have " + Connection.MAX_PENDING_REQUESTS
                                            + " requests waiting for an answer; withdraw some first."));
                                }
                                return attempt < MAX_PLACEMENTS
                                        ? placeNew(requesterId, peer, attempt + 1) : Mono.just(CHANGED_MEANWHILE);
                            }));
                });
    }

    private Mono<Outcome> answerExisting(Connection existing, String requesterId) {
        boolean theyAskedFirst = existing.status() == ConnectionStatus.PENDING && existing.addresseeId().equals(requesterId);
        if (theyAskedFirst) {
            return move(existing, requesterId, Action.ACCEPT);
        }
        return Mono.just(new Outcome.Conflict(existing.status() == ConnectionStatus.ACCEPTED
                ? "You are already connected." : "A request between you is already waiting."));
    }

    public Mono<Outcome> accept(String memberId, String connectionId) {
        return act(memberId, connectionId, Action.ACCEPT);
    }

    public Mono<Outcome> decline(String memberId, String connectionId) {
        return act(memberId, connectionId, Action.DECLINE);
    }

    /** Withdraws the caller's own pending request, or removes an accepted connection. */
    public Mono<Outcome> end(String memberId, String connectionId) {
        return act(memberId, connectionId, Action.WITHDRAW_OR_REMOVE);
    }

    private Mono<Outcome> act(String memberId, String connectionId, Action action) {
        return connections.find(connectionId)
                .flatMap(connection -> move(connection, memberId, action))
                .defaultIfEmpty(new Outcome.Missing());
    }

    private Mono<Outcome> move(Connection connection, String memberId, Action action) {
        Move move = connection.allows(memberId, action);
        return switch (move) {
            case NOT_INVOLVED -> Mono.just(new Outcome.Missing());
            case NOT_YOURS -> Mono.just(new Outcome.Forbidden("Only the member asked may answer a request."));
            case TOO_LATE -> Mono.just(new Outcome.Conflict("This connection is already " + connection.status().code() + "."));
            case DECLINE_INSTEAD -> Mono.just(new Outcome.Conflict("Decline the request rather than remove it."));
            case ALLOWED -> {
                ConnectionStatus to = target(connection, action);
                yield connections.transition(connection.id(), connection.status(), to, clock.instant(),
                                event(connection, to, memberId))
                        .<Outcome>map(Outcome.Changed::new)
                        .defaultIfEmpty(CHANGED_MEANWHILE);
            }
        };
    }

    private static ConnectionStatus target(Connection connection, Action action) {
        return switch (action) {
            case ACCEPT -> ConnectionStatus.ACCEPTED;
            case DECLINE -> ConnectionStatus.DECLINED;
            case WITHDRAW_OR_REMOVE -> connection.status() == ConnectionStatus.PENDING
                    ? ConnectionStatus.WITHDRAWN : ConnectionStatus.REMOVED;
        };
    }

    private IntegrationEvent event(Connection c, ConnectionStatus to, String actor) {
        Instant now = clock.instant();
        return switch (to) {
            case ACCEPTED -> new ConnectionAccepted(c.id(), c.requesterId(), c.addresseeId(), now);
            case DECLINED -> new ConnectionDeclined(c.id(), c.requesterId(), c.addresseeId(), now);
            default -> new ConnectionRemoved(c.id(), c.requesterId(), c.addresseeId(), actor,
                    c.status() == ConnectionStatus.ACCEPTED, now);
        };
    }

    public Flux<Connection> of(String memberId, Optional<ConnectionStatus> status) {
        return connections.of(memberId, status);
    }

    /** What became of a member's move. */
    public sealed interface Outcome {
        /** A new request, with the member asked, whom the requester is shown. */
        record Requested(Connection connection, Member peer) implements Outcome {
        }

        record Changed(Connection connection) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }

        record Conflict(String reason) implements Outcome {
        }

        record Forbidden(String reason) implements Outcome {
        }

        record NotAMember() implements Outcome {
        }

        record Missing() implements Outcome {
        }
    }
}
