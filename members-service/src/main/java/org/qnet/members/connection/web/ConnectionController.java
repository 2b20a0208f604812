package org.qnet.members.connection.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qnet.members.connection.application.Connections;
import org.qnet.members.connection.application.Connections.Outcome;
import org.qnet.members.connection.model.Connection;
import org.qnet.members.connection.model.ConnectionStatus;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The caller's connections: request, answer, withdraw or remove, and list them. */
@RestController
@RequestMapping("/connections")
class ConnectionController {

    private final Connections connections;
    private final MemberStore members;

    ConnectionController(Connections connections, MemberStore members) {
        this.connections = connections;
        this.members = members;
    }

    record ConnectionRequest(@NotBlank @Size(max = 200) String peerId) {
    }

    record Peer(String id, String name) {
    }

    /** A connection from the caller's side: who the peer is and which way the request went. */
    record ConnectionResponse(String id, String status, String direction, Peer peer, Instant requestedAt,
                              Instant respondedAt) {
        static ConnectionResponse of(Connection c, String caller, String peerName) {
            String peerId = c.peerOf(caller);
            return new ConnectionResponse(c.id(), c.status().code(),
                    c.requesterId().equals(caller) ? "outgoing" : "incoming", new Peer(peerId, peerName),
                    c.requestedAt(), c.respondedAt());
        }
    }

    @PostMapping
    Mono<ResponseEntity<ConnectionResponse>> request(@Valid @RequestBody ConnectionRequest request, CurrentUser caller) {
        return connections.request(caller.subject(), request.peerId())
                .flatMap(outcome -> respond(outcome, caller, "No member " + request.peerId()))
                .map(response -> "pending".equals(response.status())
                        ? ResponseEntity.created(URI.create("/connections/" + response.id())).body(response)
                        : ResponseEntity.ok(response));
    }

    @PostMapping("/{id}/accept")
    Mono<ConnectionResponse> accept(@PathVariable String id, CurrentUser caller) {
        return connections.accept(caller.subject(), id).flatMap(outcome -> respond(outcome, caller, "No connection " + id));
    }

    @PostMapping("/{id}/decline")
    Mono<ConnectionResponse> decline(@PathVariable String id, CurrentUser caller) {
        return connections.decline(caller.subject(), id).flatMap(outcome -> respond(outcome, caller, "No connection " + id));
    }

    /** Answers with no body, so the peer's name is not looked up. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> end(@PathVariable String id, CurrentUser caller) {
        return connections.end(caller.subject(), id)
                .flatMap(outcome -> outcome instanceof Outcome.Changed
                        ? Mono.just(ResponseEntity.status(HttpStatus.NO_CONTENT).<Void>build())
                        : refusal(outcome, "No connection " + id));
    }

    @GetMapping
    Flux<ConnectionResponse> mine(@RequestParam(required = false) String status, CurrentUser caller) {
        Optional<ConnectionStatus> wanted = Optional.ofNullable(status).map(code -> ConnectionStatus.fromCode(code)
                .orElseThrow(() -> Problems.invalidField("status", "must be one of "
                        + Arrays.stream(ConnectionStatus.values()).map(ConnectionStatus::code).toList())));
        String me = caller.subject();
        return connections.of(me, wanted).collectList().flatMapMany(list -> names(list.stream()
                        .map(c -> c.peerOf(me)).toList())
                .flatMapMany(names -> Flux.fromIterable(list)
                        .map(c -> ConnectionResponse.of(c, me, names.getOrDefault(c.peerOf(me), "Former member")))));
    }

    private Mono<ConnectionResponse> respond(Outcome outcome, CurrentUser caller, String missing) {
        if (outcome instanceof Outcome.Requested requested) {
            return Mono.just(ConnectionResponse.of(requested.connection(), caller.subject(), requested.peer().name()));
        }
        if (outcome instanceof Outcome.Changed changed) {
            return withPeerName(changed.connection(), caller.subject());
        }
        return refusal(outcome, missing);
    }

    private static <T> Mono<T> refusal(Outcome outcome, String missing) {
        if (outcome instanceof Outcome.Refused refused) {
            return Mono.error(Problems.unprocessable(refused.reason()));
        }
        if (outcome instanceof Outcome.Conflict conflict) {
            return Mono.error(Problems.conflict(conflict.reason()));
        }
        if (outcome instanceof Outcome.Forbidden forbidden) {
            return Mono.error(Problems.forbidden(forbidden.reason()));
        }
        if (outcome instanceof Outcome.NotAMember) {
            return Mono.error(Problems.forbidden("Only members connect; you have no member profile."));
        }
        return Mono.error(Problems.notFound(missing));
    }

    private Mono<ConnectionResponse> withPeerName(Connection connection, String me) {
        String peer = connection.peerOf(me);
        return names(List.of(peer))
                .map(names -> ConnectionResponse.of(connection, me, names.getOrDefault(peer, "Former member")));
    }

    private Mono<Map<String, String>> names(Collection<String> ids) {
        return members.findAll(ids).collect(Collectors.toMap(Member::id, Member::name, (a, b) -> a));
    }
}
