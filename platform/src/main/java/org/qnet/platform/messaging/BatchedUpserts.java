package org.qnet.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Fields set on documents of one collection by id, created if missing, as a projection of another
 * service's events keeps them. Within a batch of events the changes wait for the end of the batch and
 * are written in one bulk write, a document changed several times once with the later fields over the
 * earlier: a backlog of profile changes then costs a write per batch, not a round trip per event.
 * Outside a batch a change is written at once.
 *
 * <p>Whatever else reads or writes the collection within a batch asks for {@link #written()} first, so
 * it sees the batch's changes and a removal is not undone by a change that waited.
 */
public final class BatchedUpserts implements BatchedEffects {

    private final ReactiveMongoTemplate mongo;
    private final String collection;

    public BatchedUpserts(ReactiveMongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Sets {@code fields} on the document {@code id}, creating it if need be; within a batch, at its end. */
    public Mono<Void> set(String id, Document fields) {
        return Mono.deferContextual(context -> context.<Pending>getOrEmpty(this)
                .map(pending -> pending.add(id, fields))
                .orElseGet(() -> write(Map.of(id, fields))));
    }

    /** Completes once the changes waiting in the current batch, if any, are written. */
    public Mono<Void> written() {
        return Mono.deferContextual(this::complete);
    }

    @Override
    public Context open() {
        return Context.of(this, new Pending());
    }

    @Override
    public Mono<Void> complete(ContextView batch) {
        return batch.<Pending>getOrEmpty(this).map(pending -> write(pending.takeAll())).orElseGet(Mono::empty);
    }

    private Mono<Void> write(Map<String, Document> changes) {
        if (changes.isEmpty()) {
            return Mono.empty();
        }
        ReactiveBulkOperations upserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        changes.forEach((id, fields) -> {
            Update update = new Update();
            fields.forEach(update::set);
            upserts.upsert(Query.query(Criteria.where("_id").is(id)), update);
        });
        return upserts.execute().then();
    }

    /** A batch's changes by document, a later change's fields over an earlier one's. */
    private static final class Pending {
        private final Map<String, Document> byId = new LinkedHashMap<>();

        synchronized Mono<Void> add(String id, Document fields) {
            byId.computeIfAbsent(id, any -> new Document()).putAll(fields);
            return Mono.empty();
        }

        synchronized Map<String, Document> takeAll() {
            Map<String, Document> all = new LinkedHashMap<>(byId);
            byId.clear();
            return all;
        }
    }
}
