package org.qnet.notifications.delivery.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.qnet.notifications.delivery.model.Email;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Emails waiting to go, one per recipient and source event (its id), so one notification is never
 * emailed twice. A sender claims each by a conditional write before sending; a claim left by a sender
 * that died is taken over after a while. Emails held for a digest wait here until their digest goes.
 */
@Repository
public class EmailQueue {

    public static final String COLLECTION = "emails";
    private static final String STATUS = "status";
    private static final String DUE_AT = "dueAt";
    private static final String CLAIMED_AT = "claimedAt";
    /** Which claim took an email: the claimant reads back what it took by it. */
    private static final String CLAIM = "claim";
    private static final Duration ABANDONED_CLAIM = Duration.ofMinutes(5);

    /** Where an email is in its life. */
    public enum Status {
        PENDING, SENDING, SENT, FAILED, HELD_FOR_DIGEST, DIGESTED
    }

    /** An email claimed for sending, with how often it was tried before. */
    public record Claimed(String id, Email email, int attempts) {
    }

    private final ReactiveMongoTemplate mongo;

    EmailQueue(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on(STATUS, Sort.Direction.ASC).on(DUE_AT, Sort.Direction.ASC).named("email_due"),
                new Index().on("recipient", Sort.Direction.ASC).on(STATUS, Sort.Direction.ASC).named("email_recipient"));
    }

    /** Queues emails (to send now, or held for the digest); one already queued for the same notification is skipped. */
    public Mono<Void> enqueue(List<Document> emails) {
        if (emails.isEmpty()) {
            return Mono.empty();
        }
        return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(emails).execute().then()
                .onErrorResume(DataIntegrityViolationException.class, someQueuedBefore -> Mono.empty());
    }

    public static Document queued(String recipient, String sourceEventId, Email email, boolean digest, Instant now) {
        return new Document("_id", recipient + "/" + sourceEventId).append("recipient", recipient)
                .append("to", email.to()).append("subject", email.subject()).append("text", email.text())
                .append("html", email.html()).append(STATUS, (digest ? Status.HELD_FOR_DIGEST : Status.PENDING).name())
                .append("attempts", 0).append(DUE_AT, Date.from(now)).append("createdAt", Date.from(now));
    }

    /**
     * Claims up to {@code limit} emails that are due, or whose sender died while sending them, oldest
     * first. They are looked for once, then claimed together by one conditional write that takes each
     * only while it is still due and marks it with this claim's id, and read back by that id: an instance
     * claiming at the same time takes none of them twice, and a batch costs three round trips to the
     * store whatever its size.
     */
    public Flux<Claimed> claimDue(Instant now, int limit) {
        Query oldestDue = Query.query(due(now)).with(Sort.by(DUE_AT)).limit(limit);
        oldestDue.fields().include("_id");
        String claim = UUID.randomUUID().toString();
        return mongo.find(oldestDue, Document.class, COLLECTION).map(candidate -> candidate.getString("_id")).collectList()
                .filter(candidates -> !candidates.isEmpty())
                .flatMapMany(candidates -> mongo.updateMulti(
                                Query.query(Criteria.where("_id").in(candidates).andOperator(due(now))),
                                new Update().set(STATUS, Status.SENDING.name()).set(CLAIMED_AT, Date.from(now)).set(CLAIM, claim),
                                COLLECTION)
                        .thenMany(mongo.find(Query.query(Criteria.where("_id").in(candidates).and(CLAIM).is(claim))
                                .with(Sort.by(DUE_AT)), Document.class, COLLECTION)))
                .map(d -> new Claimed(d.getString("_id"), new Email(d.getString("to"), d.getString("subject"),
                        d.getString("text"), d.getString("html")), d.getInteger("attempts", 0)));
    }

    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where(STATUS).is(Status.PENDING.name()).and(DUE_AT).lte(Date.from(now)),
                Criteria.where(STATUS).is(Status.SENDING.name()).and(CLAIMED_AT).lte(Date.from(now.minus(ABANDONED_CLAIM))));
    }

    public Mono<Void> sent(List<String> ids, Instant now) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
                new Update().set(STATUS, Status.SENT.name()).set("sentAt", Date.from(now)), COLLECTION).then();
    }

    /** Puts an email back to be tried again later, or gives up on it. */
    public Mono<Void> failed(String id, int attempts, Instant retryAt, boolean giveUp, String reason) {
        return mark(id, new Update().set(STATUS, (giveUp ? Status.FAILED : Status.PENDING).name())
                .set("attempts", attempts).set(DUE_AT, Date.from(retryAt)).set("lastError", reason));
    }

    /** Who has emails held for a digest that were queued before {@code before}. */
    public Flux<String> digestRecipients(Instant before) {
        return mongo.findDistinct(Query.query(Criteria.where(STATUS).is(Status.HELD_FOR_DIGEST.name())
                .and("createdAt").lt(Date.from(before))), "recipient", COLLECTION, String.class);
    }

    public Flux<Document> heldFor(String recipient, Instant before) {
        return mongo.find(Query.query(Criteria.where("recipient").is(recipient)
                        .and(STATUS).is(Status.HELD_FOR_DIGEST.name()).and("createdAt").lt(Date.from(before)))
                .with(Sort.by("createdAt")), Document.class, COLLECTION);
    }

    public Mono<Void> digested(List<String> ids) {
        return mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
                new Update().set(STATUS, Status.DIGESTED.name()), COLLECTION).then();
    }

    public Mono<Void> forget(String recipient) {
        return mongo.remove(Query.query(Criteria.where("recipient").is(recipient)), COLLECTION).then();
    }

    private Mono<Void> mark(String id, Update update) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, COLLECTION).then();
    }
}
