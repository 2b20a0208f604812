package org.qnet.notifications.inbox.infrastructure;

import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Notifications in the {@value #COLLECTION} collection. A unique index on recipient and source event
 * makes adding the same notification twice a no-op, whichever instance or redelivery tries it.
 */
@Repository
public class NotificationStore {

    public static final String COLLECTION = "notifications";

    private final ReactiveMongoTemplate mongo;

    NotificationStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("recipient", Sort.Direction.ASC).on("sourceEventId", Sort.Direction.ASC)
                        .unique().named("one_per_recipient_and_source_event"),
                new Index().on("recipient", Sort.Direction.ASC).on("_id", Sort.Direction.DESC).named("inbox_order"));
    }

    public Mono<Void> addAll(List<Notification> notifications) {
        return Flux.fromIterable(notifications)
                .concatMap(n -> mongo.insert(NotificationDocument.of(n), COLLECTION)
                        .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty()))
                .then();
    }

    /**
     * Stores many notifications in one unordered bulk write, for a fan-out to thousands; those already
     * there (a redelivered event) are skipped by the unique index while the rest are written.
     */
    public Mono<Void> addBatch(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Mono.empty();
        }
        return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NotificationDocument.class, COLLECTION)
                .insert(notifications.stream().map(NotificationDocument::of).toList())
                .execute()
                .onErrorResume(DataIntegrityViolationException.class, someAlreadyThere -> Mono.empty())
                .then();
    }

    /** Deletes everything addressed to a member who erased their data. */
    public Mono<Void> deleteAllOf(String recipient) {
        return mongo.remove(Query.query(Criteria.where("recipient").is(recipient)), COLLECTION).then();
    }

    /** The recipient's notifications, newest first, after {@code cursor} (an id) when given. */
    public Flux<Notification> page(String recipient, boolean unreadOnly, String cursor, int limit) {
        Criteria criteria = Criteria.where("recipient").is(recipient);
        if (unreadOnly) {
            criteria = criteria.and("readAt").is(null);
        }
        if (cursor != null) {
            criteria = criteria.and("_id").lt(new ObjectId(cursor));
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit);
        return mongo.find(query, NotificationDocument.class, COLLECTION).map(NotificationDocument::toNotification);
    }

    public Mono<Long> unreadCount(String recipient) {
        return mongo.count(Query.query(Criteria.where("recipient").is(recipient).and("readAt").is(null)), COLLECTION);
    }

    /** Marks one of the recipient's notifications read; emits false when the recipient has no such notification. */
    public Mono<Boolean> markRead(String recipient, String id, Instant now) {
        if (!ObjectId.isValid(id)) {
            return Mono.just(false);
        }
        Query own = Query.query(Criteria.where("_id").is(new ObjectId(id)).and("recipient").is(recipient));
        return mongo.findById(new ObjectId(id), NotificationDocument.class, COLLECTION)
                .filter(found -> found.recipient().equals(recipient))
                .flatMap(found -> found.readAt() != null
                        ? Mono.just(true)
                        : mongo.updateFirst(own.addCriteria(Criteria.where("readAt").is(null)),
                                new Update().set("readAt", now), COLLECTION).thenReturn(true))
                .defaultIfEmpty(false);
    }

    public Mono<Long> markAllRead(String recipient, Instant now) {
        return mongo.updateMulti(Query.query(Criteria.where("recipient").is(recipient).and("readAt").is(null)),
                new Update().set("readAt", now), COLLECTION).map(result -> result.getModifiedCount());
    }

    record NotificationDocument(@Id ObjectId id, String recipient, String category, String title, String body,
                                String link, String sourceEventId, Instant createdAt, Instant readAt) {

        static NotificationDocument of(Notification n) {
            return new NotificationDocument(n.id() == null ? new ObjectId() : new ObjectId(n.id()), n.recipient(),
                    n.category().name(), n.title(), n.body(), n.link(), n.sourceEventId(), n.createdAt(), n.readAt());
        }

        Notification toNotification() {
            return new Notification(id.toHexString(), recipient, Category.valueOf(category), title, body, link,
                    sourceEventId, createdAt, readAt);
        }
    }
}
