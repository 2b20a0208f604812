package org.qnet.platform.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/**
 * The idempotent inbox: every handled CloudEvents id is recorded per consumer under a unique index, and
 * an id already recorded is not handled again. An effect runs before its id is recorded, so a crash in
 * between means the effect runs twice; effects therefore carry their own unique keys as well (the
 * notification of one source event for one recipient, say), and the inbox spares the repeat work.
 */
public class Inbox {

    public static final String COLLECTION = "inbox";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public Inbox(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("consumer", Sort.Direction.ASC).on("eventId", Sort.Direction.ASC)
                        .unique().named("consumer_event_unique"));
    }

    /** Runs {@code effect} unless {@code consumer} already handled the event; emits whether it ran. */
    public Mono<Boolean> once(String consumer, EventEnvelope envelope, Mono<Void> effect) {
        return alreadyHandled(consumer, envelope.id())
                .flatMap(handled -> handled
                        ? Mono.just(false)
                        : effect.then(record(consumer, envelope)).thenReturn(true));
    }

    /** Which of these events {@code consumer} already handled, in one query. */
    public Mono<Set<String>> handledAmong(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Mono.just(new HashSet<>());
        }
        Query query = Query.query(Criteria.where("consumer").is(consumer).and("eventId").in(eventIds));
        query.fields().include("eventId");
        return mongo.find(query, Document.class, COLLECTION)
                .map(entry -> entry.getString("eventId"))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Records these events as handled by {@code consumer} in one write, after their effects are stored.
     * An entry another instance recorded meanwhile (the partition moved to it) is left as it is.
     */
    public Mono<Void> recordAll(String consumer, List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return Mono.empty();
        }
        return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION)
                .insert(envelopes.stream().map(envelope -> entry(consumer, envelope)).toList())
                .execute()
                .onErrorResume(DataIntegrityViolationException.class, recordedMeanwhile -> Mono.empty())
                .then();
    }

    private Mono<Boolean> alreadyHandled(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("consumer").is(consumer).and("eventId").is(eventId)), COLLECTION);
    }

    private Mono<Void> record(String consumer, EventEnvelope envelope) {
        return mongo.insert(entry(consumer, envelope), COLLECTION)
                .onErrorResume(DuplicateKeyException.class, concurrentDuplicate -> Mono.empty())
                .then();
    }

    private Document entry(String consumer, EventEnvelope envelope) {
        return new Document("consumer", consumer)
                .append("eventId", envelope.id())
                .append("type", envelope.type())
                .append("handledAt", Date.from(clock.instant()));
    }
}
