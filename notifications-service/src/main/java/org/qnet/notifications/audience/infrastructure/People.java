package org.qnet.notifications.audience.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.qnet.platform.messaging.BatchedEffects;
import org.qnet.platform.messaging.BatchedUpserts;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * People as notifications need them, from qnet.members: name, where to email them, and topics (for
 * events worth telling them of).
 *
 * <p>While a batch of events is handled, what it tells of members' profiles waits for the end of the
 * batch and is written in one bulk write, a member changed several times once. Anything else done to
 * or read from people within the batch writes what waits first, so it sees the batch's changes.
 */
@Repository
public class People {

    public static final String COLLECTION = "people";

    private final ReactiveMongoTemplate mongo;
    private final BatchedUpserts profiles;

    People(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        this.profiles = new BatchedUpserts(mongo, COLLECTION);
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION, new Index().on("topics", Sort.Direction.ASC).named("people_topics"));
    }

    /** A member's name and topics, and their email address unless {@code email} is null (it stays as it was). */
    public Mono<Void> remember(String memberId, String name, String email, List<String> topics) {
        Document profile = new Document("name", name).append("topics", topics);
        if (email != null) {
            profile.append("email", email);
        }
        return profiles.set(memberId, profile);
    }

    /** Someone who is told things but is not a member, such as a nominator: only where to write to. */
    public Mono<Void> rememberContact(String subject, String email) {
        return profiles.written().then(mongo.upsert(byId(subject), new Update().set("email", email), COLLECTION)).then();
    }

    /** Email addresses by person, for those of {@code ids} who have one. */
    public Mono<Map<String, String>> emails(Collection<String> ids) {
        return profiles.written().then(
                mongo.find(Query.query(Criteria.where("_id").in(ids).and("email").ne(null)), Document.class, COLLECTION)
                        .collectMap(d -> d.getString("_id"), d -> d.getString("email")));
    }

    /** Names by person, for those of {@code ids} whose name is known, in one read. */
    public Mono<Map<String, String>> names(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids).and("name").ne(null));
        query.fields().include("name");
        return profiles.written().then(
                mongo.find(query, Document.class, COLLECTION).collectMap(d -> d.getString("_id"), d -> d.getString("name")));
    }

    /** Members with at least one of the topics, as a stream: a large community is never held in memory. */
    public Flux<String> interestedIn(Collection<String> topics) {
        Query query = Query.query(Criteria.where("topics").in(topics));
        query.fields().include("_id");
        return profiles.written().thenMany(mongo.find(query, Document.class, COLLECTION).map(d -> d.getString("_id")));
    }

    public Mono<Void> forget(String memberId) {
        return profiles.written().then(mongo.remove(byId(memberId), COLLECTION)).then();
    }

    /** What a batch of events leaves to its end here: people's changes, written in one bulk write. */
    public BatchedEffects batched() {
        return profiles;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
