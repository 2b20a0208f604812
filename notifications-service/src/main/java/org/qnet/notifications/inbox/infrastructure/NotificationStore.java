package org.qnet.notifications.inbox.infrastructure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
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
 * Notifications in the {@value #COLLECTION} collection. A unique index on recipient and source event
 * makes adding the same notification twice a no-op, whichever instance or redelivery tries it.
 *
 * <p>Each recipient's last position is remembered after this instance writes it, so the usual
 * notification costs one insert and no read. A remembered position that another instance or thread
 * has since moved on from is refused by the position index, and that notification then takes the
 * careful path that reads the position first.
 */
@Repository
public class NotificationStore {

    public static final String COLLECTION = "notifications";

    private static final String RECIPIENT = "recipient";
    private static final String POSITION = "position";
    private static final String POSITION_INDEX = "stream_position";
    /** A recipient receiving this many notifications at the same instant is not a case to spin for. */
    private static final int MAX_ATTEMPTS = 20;
    /** Lookups per read, so that a read stays a small query however many streams an instance holds. */
    private static final int LOOKUPS_PER_READ = 1000;

    private final ReactiveMongoTemplate mongo;
    private final LiveNotifications live;
    private final Cache<String, Long> lastWritten;

    public NotificationStore(ReactiveMongoTemplate mongo, LiveNotifications live,
                             @Value("${qnet.notifications.remembered-positions:10000}") long rememberedPositions) {
        this.mongo = mongo;
        this.live = live;
        this.lastWritten = Caffeine.newBuilder().maximumSize(rememberedPositions).build();
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on(RECIPIENT, Sort.Direction.ASC).on("sourceEventId", Sort.Direction.ASC)
                        .unique().named("one_per_recipient_and_source_event"),
                new Index().on(RECIPIENT, Sort.Direction.ASC).on(POSITION, Sort.Direction.ASC)
                        .unique().named(POSITION_INDEX),
                new Index().on(RECIPIENT, Sort.Direction.ASC).on("_id", Sort.Direction.DESC).named("inbox_order"));
    }

    /**
     * Stores many notifications for many recipients in a few unordered bulk writes, for a fan-out to
     * thousands or a batch of events: the last positions this instance does not remember are read in one
     * query, and the few notifications that lost a race for a position are stored one by one after. A
     * notification already there (a redelivered event) is skipped by the unique index.
     *
     * <p>A recipient's notifications are written in rounds, one per round and in order, so that a later
     * one is written only after the earlier ones are: a position is never taken before the one below it.
     */
    public Mono<Void> addBatch(List<Notification> notifications) {
        return Flux.fromIterable(rounds(notifications)).concatMap(this::addRound).then();
    }

    /** The first notification of each recipient, then the second of each, and so on. */
    private static List<List<Notification>> rounds(List<Notification> notifications) {
        List<List<Notification>> rounds = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Notification n : notifications) {
            int round = seen.merge(n.recipient(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(n);
        }
        return rounds;
    }

    /** Notifications for distinct recipients, each at the position after the recipient's last. */
    private Mono<Void> addRound(List<Notification> notifications) {
        List<String> recipients = notifications.stream().map(Notification::recipient).distinct().toList();
        Map<String, Long> remembered = new HashMap<>(lastWritten.getAllPresent(recipients));
        List<String> unknown = recipients.stream().filter(r -> !remembered.containsKey(r)).toList();
        Mono<Map<String, Long>> last = unknown.isEmpty()
                ? Mono.just(remembered)
                : lastPositions(unknown).map(read -> {
                    remembered.putAll(read);
                    return remembered;
                });
        return last
                .flatMap(known -> {
                    List<NotificationDocument> documents = notifications.stream()
                            .map(n -> NotificationDocument.of(n, known.getOrDefault(n.recipient(), 0L) + 1)).toList();
                    return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NotificationDocument.class, COLLECTION)
                            .insert(documents)
                            .execute()
                            .doOnSuccess(written -> documents.forEach(this::storedHere))
                            .thenReturn(true)
                            .onErrorResume(DataIntegrityViolationException.class, someNotWritten -> {
                                lastWritten.invalidateAll(recipients);
                                return Mono.just(false);
                            });
                })
                // Only a partly written batch needs the read of what is there: the usual batch is written whole.
                .filter(allWritten -> !allWritten)
                .flatMap(partly -> stored(notifications).doOnNext(present -> recipients.forEach(live::look)))
                .flatMapMany(present -> Flux.fromIterable(notifications)
                        .filter(n -> !present.contains(n.recipient() + "/" + n.sourceEventId())))
                .concatMap(missing -> inOrder(missing, 1))
                .then();
    }

    /** A recipient's notifications after a position in their stream, in order. */
    public Flux<Notification> after(String recipient, long position, int limit) {
        return mongo.find(Query.query(Criteria.where(RECIPIENT).is(recipient).and(POSITION).gt(position))
                        .with(Sort.by(POSITION)).limit(limit), NotificationDocument.class, COLLECTION)
                .map(NotificationDocument::toNotification);
    }

    /**
     * A position is taken only after the one before it is stored (it is read, then claimed by a unique
     * index), so what a reader finds is always positions 1..n without holes: a stream that resumes
     * after n misses nothing.
     */
    private Mono<Void> inOrder(Notification n, int attempt) {
        return lastPositions(List.of(n.recipient()))
                .flatMap(last -> mongo.insert(NotificationDocument.of(n, last.getOrDefault(n.recipient(), 0L) + 1),
                        COLLECTION))
                .doOnSuccess(this::storedHere)
                .then()
                .onErrorResume(DuplicateKeyException.class, duplicate ->
                        String.valueOf(duplicate.getMessage()).contains(POSITION_INDEX) && attempt < MAX_ATTEMPTS
                                ? inOrder(n, attempt + 1)
                                : Mono.empty());
    }

    private void storedHere(NotificationDocument written) {
        lastWritten.asMap().merge(written.recipient(), written.position(), Math::max);
        live.stored(written.toNotification());
    }

    /** The last position this instance wrote for the recipient, or 0 when it remembers none. */
    long lastWrittenHere(String recipient) {
        Long written = lastWritten.getIfPresent(recipient);
        return written == null ? 0 : written;
    }

    /**
     * The recipients that have a notification at the position asked for them, each found in the
     * position index by its recipient and position, in reads of at most {@value #LOOKUPS_PER_READ}.
     */
    Mono<Set<String>> holding(Map<String, Long> positions) {
        return Flux.fromIterable(positions.entrySet())
                .map(asked -> Criteria.where(RECIPIENT).is(asked.getKey()).and(POSITION).is(asked.getValue()))
                .buffer(LOOKUPS_PER_READ)
                .concatMap(some -> {
                    Query query = Query.query(new Criteria().orOperator(some));
                    query.fields().include(RECIPIENT);
                    return mongo.find(query, Document.class, COLLECTION);
                })
                .map(found -> found.getString(RECIPIENT))
                .collect(Collectors.toSet());
    }

    /** Each recipient's last position; a recipient with no notification is absent. */
    Mono<Map<String, Long>> lastPositions(List<String> recipients) {
        Aggregation last = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(RECIPIENT).in(recipients)),
                Aggregation.group(RECIPIENT).max(POSITION).as(POSITION));
        return mongo.aggregate(last, COLLECTION, Document.class)
                .collectMap(d -> d.getString("_id"), d -> d.get(POSITION) instanceof Number n ? n.longValue() : 0L);
    }

    /** Which of these notifications are stored, as recipient/sourceEventId. */
    private Mono<Set<String>> stored(List<Notification> notifications) {
        Query query = Query.query(Criteria.where(RECIPIENT).in(notifications.stream().map(Notification::recipient).toList())
                .and("sourceEventId").in(notifications.stream().map(Notification::sourceEventId).distinct().toList()));
        return mongo.find(query, NotificationDocument.class, COLLECTION)
                .map(d -> d.recipient() + "/" + d.sourceEventId())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Deletes everything addressed to a member who erased their data. */
    public Mono<Void> deleteAllOf(String recipient) {
        return mongo.remove(Query.query(Criteria.where(RECIPIENT).is(recipient)), COLLECTION)
                .doOnSuccess(removed -> lastWritten.invalidate(recipient))
                .then();
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
                                String link, String sourceEventId, Instant createdAt, Instant readAt, long position) {

        /** Times to the millisecond, as the store keeps them, so a notification sent as written reads as stored. */
        static NotificationDocument of(Notification n, long position) {
            return new NotificationDocument(n.id() == null ? new ObjectId() : new ObjectId(n.id()), n.recipient(),
                    n.category().name(), n.title(), n.body(), n.link(), n.sourceEventId(), millis(n.createdAt()),
                    millis(n.readAt()), position);
        }

        private static Instant millis(Instant time) {
            return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
        }

        Notification toNotification() {
            return new Notification(id.toHexString(), recipient, Category.valueOf(category), title, body, link,
                    sourceEventId, createdAt, readAt, position);
        }
    }
}
