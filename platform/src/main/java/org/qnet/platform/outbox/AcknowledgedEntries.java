package org.qnet.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Removes from their documents the outbox entries whose events the broker acknowledged, those of many
 * documents in one bulk write per collection: under load every state change would otherwise pay a
 * round trip to the store of its own after its event went, as many as the request made to change it.
 * An entry waits at most {@code maxWait} for others to join it. One that is never removed (the store
 * was away) is sent again by the relay, which every consumer's inbox makes harmless.
 */
public class AcknowledgedEntries implements AutoCloseable {

    private record Entry(String collection, Object documentId, String eventId, Sinks.Empty<Void> removed) {
    }

    private static final Duration EMIT_RETRY = Duration.ofMillis(50);

    private final ReactiveMongoTemplate mongo;
    private final Sinks.Many<Entry> acknowledged = Sinks.many().unicast().onBackpressureBuffer();
    private final Disposable removing;

    public AcknowledgedEntries(ReactiveMongoTemplate mongo, int maxBatch, Duration maxWait) {
        this.mongo = mongo;
        this.removing = acknowledged.asFlux()
                .bufferTimeout(maxBatch, maxWait, true)
                .concatMap(this::removeAll)
                .subscribe();
    }

    /** Completes once the entry is gone from its document. */
    public Mono<Void> remove(String collection, Object documentId, String eventId) {
        return Mono.defer(() -> {
            Sinks.Empty<Void> removed = Sinks.empty();
            acknowledged.emitNext(new Entry(collection, documentId, eventId, removed),
                    Sinks.EmitFailureHandler.busyLooping(EMIT_RETRY));
            return removed.asMono();
        });
    }

    private Mono<Void> removeAll(List<Entry> entries) {
        Map<String, List<Entry>> byCollection = new LinkedHashMap<>();
        entries.forEach(entry -> byCollection.computeIfAbsent(entry.collection(), c -> new ArrayList<>()).add(entry));
        return Flux.fromIterable(byCollection.entrySet())
                .concatMap(collection -> removeFrom(collection.getKey(), collection.getValue()))
                .then();
    }

    private Mono<Void> removeFrom(String collection, List<Entry> entries) {
        ReactiveBulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        entries.forEach(entry -> removals.updateOne(Query.query(Criteria.where("_id").is(entry.documentId())),
                new Update().pull(OutboxEvent.FIELD, Query.query(Criteria.where("eventId").is(entry.eventId())))));
        return removals.execute()
                .doOnSuccess(written -> entries.forEach(entry -> entry.removed().tryEmitEmpty()))
                .doOnError(failure -> entries.forEach(entry -> entry.removed().tryEmitError(failure)))
                .then()
                .onErrorResume(failure -> Mono.empty());
    }

    @Override
    public void close() {
        acknowledged.tryEmitComplete();
        removing.dispose();
    }
}
