package org.qnet.members.connection.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.Document;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.members.connection.model.Connection;
import org.qnet.members.connection.model.ConnectionStatus;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Connections in the {@value #COLLECTION} collection. One active link per pair and the cap on pending
 * requests are unique indexes, so they hold however many requests arrive at once; every change of
 * status is one conditional write that carries its event.
 */
@Repository
public class ConnectionStore {

    public static final String COLLECTION = "connections";
    private static final String PAIR_INDEX = "connection_pair_once";
    private static final String SEAT_INDEX = "connection_outgoing_seat";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    ConnectionStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("pair", Sort.Direction.ASC).unique().named(PAIR_INDEX),
                new Index().on("outgoingSeat", Sort.Direction.ASC).unique().named(SEAT_INDEX),
                new Index().on("requesterId", Sort.Direction.ASC).named("connection_requester"),
                new Index().on("addresseeId", Sort.Direction.ASC).named("connection_addressee"));
    }

    /**
     * Saves a new pending request in a free seat among its requester's pending requests. Most members
     * have few requests waiting, so the first seat is picked at random without reading which are taken;
     * once a seat is lost, the seats taken are read in one query and a free one is tried at random, so
     * that the requester's simultaneous requests seldom try the same seat.
     */
    public Mono<Placement> placeRequest(Connection request, IntegrationEvent requested) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(requested));
        return placeInSeat(request, ThreadLocalRandom.current().nextInt(Connection.MAX_PENDING_REQUESTS), pending, 1);
    }

    private Mono<Placement> placeInFreeSeat(Connection request, List<OutboxEvent> pending, int attempt) {
        return takenSeats(request.requesterId()).flatMap(taken -> {
            List<Integer> free = IntStream.range(0, Connection.MAX_PENDING_REQUESTS)
                    .filter(seat -> !taken.contains(seat)).boxed().toList();
            if (free.isEmpty()) {
                return Mono.just(new Placement.TooManyPending());
            }
            return placeInSeat(request, free.get(ThreadLocalRandom.current().nextInt(free.size())), pending, attempt);
        });
    }

    private Mono<Placement> placeInSeat(Connection request, int seat, List<OutboxEvent> pending, int attempt) {
        return mongo.insert(ConnectionDocument.pending(request, seat, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .<Placement>map(saved -> new Placement.Placed(saved.toConnection()))
                .onErrorResume(DuplicateKeyException.class, duplicate -> {
                    String message = String.valueOf(duplicate.getMessage());
                    if (message.contains(PAIR_INDEX)) {
                        return Mono.just(new Placement.AlreadyLinked());
                    }
                    if (message.contains(SEAT_INDEX)) {
                        // Every seat lost went to another request of the same member: after as many
                        // losses as there are seats, the seats are as good as full.
                        return attempt < Connection.MAX_PENDING_REQUESTS
                                ? placeInFreeSeat(request, pending, attempt + 1)
                                : Mono.just(new Placement.TooManyPending());
                    }
                    return Mono.error(duplicate);
                });
    }

    /**
     * The seats a requester's pending requests hold, looked up seat by seat in the seat index: only a
     * pending request holds a seat, so the read costs the same however many requests the member made
     * before, where reading the member's requests by status went through all of them.
     */
    private Mono<Set<Integer>> takenSeats(String requesterId) {
        List<String> seats = IntStream.range(0, Connection.MAX_PENDING_REQUESTS)
                .mapToObj(seat -> ConnectionDocument.seat(requesterId, seat)).toList();
        Query query = Query.query(Criteria.where("outgoingSeat").in(seats));
        query.fields().include("outgoingSeat");
        return mongo.find(query, Document.class, COLLECTION)
                .map(document -> ConnectionDocument.seatOf(document.getString("outgoingSeat")))
                .collect(Collectors.toSet());
    }

    /**
     * Moves a connection from {@code from} to {@code to} in one conditional write; empty when it was no
     * longer in {@code from}.
     */
    public Mono<Connection> transition(String id, ConnectionStatus from, ConnectionStatus to, Instant now,
                                       IntegrationEvent event) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(event));
        Update update = new Update().set("status", to.name()).set("respondedAt", now);
        if (to == ConnectionStatus.ACCEPTED) {
            update.set("outgoingSeat", ConnectionDocument.settled(id));
        } else {
            update.set("outgoingSeat", ConnectionDocument.ended(id)).set("pair", ConnectionDocument.ended(id));
        }
        Query inState = Query.query(Criteria.where("_id").is(id).and("status").is(from.name()));
        return mongo.findAndModify(inState, Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), ConnectionDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(ConnectionDocument::toConnection);
    }

    public Mono<Connection> find(String id) {
        return mongo.findById(id, ConnectionDocument.class, COLLECTION).map(ConnectionDocument::toConnection);
    }

    /** The active (pending or accepted) link between two members, whichever asked. */
    public Mono<Connection> activeBetween(String oneMember, String otherMember) {
        return mongo.findOne(Query.query(Criteria.where("pair").is(Connection.pairOf(oneMember, otherMember))),
                ConnectionDocument.class, COLLECTION).map(ConnectionDocument::toConnection);
    }

    /** A member's links, newest first, narrowed to one status where given. */
    public Flux<Connection> of(String memberId, Optional<ConnectionStatus> status) {
        Criteria criteria = involving(memberId);
        status.ifPresent(s -> criteria.and("status").is(s.name()));
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by("_id"))),
                ConnectionDocument.class, COLLECTION).map(ConnectionDocument::toConnection);
    }

    /** Drops every link of a member who erased their data. */
    public Mono<Void> dropAllOf(String memberId) {
        return mongo.remove(Query.query(involving(memberId)), COLLECTION).then();
    }

    private static Criteria involving(String memberId) {
        return new Criteria().orOperator(Criteria.where("requesterId").is(memberId),
                Criteria.where("addresseeId").is(memberId));
    }

    /**
     * Where a new request landed: saved, or refused by a rule the database keeps (a link between the
     * pair is there already, or the requester's seats are full).
     */
    public sealed interface Placement {
        record Placed(Connection connection) implements Placement {
        }

        record AlreadyLinked() implements Placement {
        }

        record TooManyPending() implements Placement {
        }
    }
}
