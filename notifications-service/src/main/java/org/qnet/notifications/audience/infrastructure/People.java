package org.qnet.notifications.audience.infrastructure;

import java.util.Collection;
import java.util.List;
import org.bson.Document;
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
 */
@Repository
public class People {

    public static final String COLLECTION = "people";

    private final ReactiveMongoTemplate mongo;

    People(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION, new Index().on("topics", Sort.Direction.ASC).named("people_topics"));
    }

    public Mono<Void> remember(String memberId, String name, String email, List<String> topics) {
        Update update = new Update().set("name", name).set("topics", topics);
        if (email != null) {
            update.set("email", email);
        }
        return mongo.upsert(Query.query(Criteria.where("_id").is(memberId)), update, COLLECTION).then();
    }

    /** Someone who is told things but is not a member, such as a nominator: only where to write to. */
    public Mono<Void> rememberContact(String subject, String email) {
        return mongo.upsert(Query.query(Criteria.where("_id").is(subject)), new Update().set("email", email), COLLECTION)
                .then();
    }

    /** Email addresses by person, for those of {@code ids} who have one. */
    public Mono<java.util.Map<String, String>> emails(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids).and("email").ne(null)), Document.class, COLLECTION)
                .collectMap(d -> d.getString("_id"), d -> d.getString("email"));
    }

    public Mono<String> nameOf(String memberId) {
        return mongo.findById(memberId, Document.class, COLLECTION).map(d -> d.getString("name"));
    }

    /** Members with at least one of the topics, as a stream: a large community is never held in memory. */
    public Flux<String> interestedIn(Collection<String> topics) {
        Query query = Query.query(Criteria.where("topics").in(topics));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).map(d -> d.getString("_id"));
    }

    public Mono<Void> forget(String memberId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION).then();
    }
}
