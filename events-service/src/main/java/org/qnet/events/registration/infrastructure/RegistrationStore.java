package org.qnet.events.registration.infrastructure;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registrations in the {@value #COLLECTION} collection. Every change of status is one conditional
 * write that carries its event: a registration moves only from the status it was read in.
 */
@Repository
public class RegistrationStore {

    public static final String COLLECTION = "registrations";
    private static final String STATUS = "status";
    private static final String EVENT_ID = "eventId";
    private static final String TICKET = "ticket";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    RegistrationStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("activeKey", Sort.Direction.ASC).unique().named("registration_active_once"),
                new Index().on(EVENT_ID, Sort.Direction.ASC).on(STATUS, Sort.Direction.ASC).on(TICKET, Sort.Direction.ASC)
                        .named("registration_waitlist_order"),
                new Index().on("memberId", Sort.Direction.ASC).named("registration_member"));
    }

    /** Records a request; empty when the member already holds an active registration for the event. */
    public Mono<Registration> request(String id, String eventId, String memberId, Instant now) {
        var requested = new RegistrationDocument(id, eventId, memberId, RegistrationStatus.REQUESTED.name(), 0, false,
                null, RegistrationDocument.activeKey(eventId, memberId), now, now, List.of());
        return mongo.insert(requested, COLLECTION).map(RegistrationDocument::toRegistration)
                .onErrorResume(DuplicateKeyException.class, already -> Mono.empty());
    }

    public Mono<Registration> activeOf(String eventId, String memberId) {
        return mongo.findOne(Query.query(Criteria.where("activeKey").is(RegistrationDocument.activeKey(eventId, memberId))),
                RegistrationDocument.class, COLLECTION).map(RegistrationDocument::toRegistration);
    }

    /** Moves a registration on from {@code from}; empty when it was no longer there. */
    public Mono<Registration> move(String id, RegistrationStatus from, RegistrationStatus to, Update extra,
                                   IntegrationEvent event, Instant now) {
        List<OutboxEvent> pending = outbox.stage(Topics.EVENTS, List.of(event));
        Update update = extra.set(STATUS, to.name()).set("changedAt", now);
        if (to == RegistrationStatus.CANCELLED) {
            update.set("activeKey", RegistrationDocument.released(id));
        }
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and(STATUS).is(from.name())),
                        Outbox.appending(update, pending), FindAndModifyOptions.options().returnNew(true),
                        RegistrationDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(RegistrationDocument::toRegistration);
    }

    /** The waitlisted registration with the lowest ticket. */
    public Mono<Registration> firstWaitlisted(String eventId) {
        return mongo.findOne(waitlisted(eventId).with(Sort.by(TICKET)).limit(1), RegistrationDocument.class, COLLECTION)
                .map(RegistrationDocument::toRegistration);
    }

    /**
     * Promotes the first waitlisted registration to a seat the caller already holds. Reads the first
     * and moves it only if it is still waitlisted; if someone else moved it meanwhile, tries the next.
     */
    public Mono<Registration> promoteFirst(String eventId, Function<Registration, IntegrationEvent> promoted, Instant now) {
        return firstWaitlisted(eventId).flatMap(first -> move(first.id(), RegistrationStatus.WAITLISTED,
                        RegistrationStatus.CONFIRMED, new Update().set("promoted", true), promoted.apply(first), now)
                .switchIfEmpty(Mono.defer(() -> promoteFirst(eventId, promoted, now))));
    }

    public Mono<Long> waitlistLength(String eventId) {
        return mongo.count(waitlisted(eventId), COLLECTION);
    }

    /** How many are waitlisted for each of the events that have a waitlist, in one aggregation. */
    public Mono<Map<String, Long>> waitlistLengths(Collection<String> eventIds) {
        Aggregation counting = newAggregation(
                match(Criteria.where(EVENT_ID).in(eventIds).and(STATUS).is(RegistrationStatus.WAITLISTED.name())),
                group(EVENT_ID).count().as("count"));
        return mongo.aggregate(counting, COLLECTION, Document.class)
                .collectMap(bucket -> bucket.getString("_id"), bucket -> ((Number) bucket.get("count")).longValue());
    }

    /** A member's active registrations among the events, in one read by the unique active key. */
    public Flux<Registration> activeOfMember(Collection<String> eventIds, String memberId) {
        List<String> keys = eventIds.stream().map(eventId -> RegistrationDocument.activeKey(eventId, memberId)).toList();
        return mongo.find(Query.query(Criteria.where("activeKey").in(keys)), RegistrationDocument.class, COLLECTION)
                .map(RegistrationDocument::toRegistration);
    }

    /**
     * 1 for the first on the waitlist. Tickets are handed out one after another from 1, so everyone with an
     * earlier ticket is ahead unless they have left the waitlist since (promoted or cancelled). Counting
     * those who left rather than those waiting also counts, as ahead, someone whose earlier ticket is
     * still on its way to their registration: under concurrent registrations, counting the waiting told
     * a later registrant a place that the earlier one then took.
     */
    public Mono<Long> positionOf(Registration registration) {
        return mongo.count(Query.query(Criteria.where(EVENT_ID).is(registration.eventId())
                        .and(TICKET).gt(0).lt(registration.ticket())
                        .and(STATUS).ne(RegistrationStatus.WAITLISTED.name())),
                COLLECTION).map(left -> registration.ticket() - left);
    }

    /** An event's registrations in a status, in the order they came (waitlist order for the waitlisted). */
    public Flux<Registration> of(String eventId, RegistrationStatus status) {
        return mongo.find(Query.query(Criteria.where(EVENT_ID).is(eventId).and(STATUS).is(status.name()))
                        .with(Sort.by(TICKET, "registeredAt", "_id")), RegistrationDocument.class, COLLECTION)
                .map(RegistrationDocument::toRegistration);
    }

    /** A member's confirmed registrations, for their calendar feed. */
    public Flux<Registration> confirmedOfMember(String memberId) {
        return mongo.find(Query.query(Criteria.where("memberId").is(memberId)
                        .and(STATUS).is(RegistrationStatus.CONFIRMED.name())),
                RegistrationDocument.class, COLLECTION).map(RegistrationDocument::toRegistration);
    }

    public Mono<Registration> recordAttendance(String eventId, String memberId, boolean attended, IntegrationEvent event) {
        List<OutboxEvent> pending = outbox.stage(Topics.EVENTS, List.of(event));
        Query confirmed = Query.query(Criteria.where("activeKey").is(RegistrationDocument.activeKey(eventId, memberId))
                .and(STATUS).is(RegistrationStatus.CONFIRMED.name()));
        return mongo.findAndModify(confirmed, Outbox.appending(new Update().set("attended", attended), pending),
                        FindAndModifyOptions.options().returnNew(true), RegistrationDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(RegistrationDocument::toRegistration);
    }

    /** Keeps the registrations of an erased member, so seats still add up, but no longer says whose they were. */
    public Mono<Void> anonymise(String memberId) {
        return mongo.find(Query.query(Criteria.where("memberId").is(memberId)), RegistrationDocument.class, COLLECTION)
                .concatMap(registration -> {
                    String anonymous = "erased-" + registration.id();
                    Update update = new Update().set("memberId", anonymous);
                    if (RegistrationStatus.valueOf(registration.status()).isActive()) {
                        update.set("activeKey", RegistrationDocument.activeKey(registration.eventId(), anonymous));
                    }
                    return mongo.updateFirst(Query.query(Criteria.where("_id").is(registration.id())), update, COLLECTION);
                })
                .then();
    }

    private static Query waitlisted(String eventId) {
        return Query.query(Criteria.where(EVENT_ID).is(eventId).and(STATUS).is(RegistrationStatus.WAITLISTED.name()));
    }
}
