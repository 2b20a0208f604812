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

/** Members as notifications need them, from qnet.members: name and topics (for events worth telling them of). */
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

    public Mono<Void> remember(String memberId, String name, List<String> topics) {
        return mongo.upsert(Query.query(Criteria.where("_id").is(memberId)),
                new Update().set("name", name).set("topics", topics), COLLECTION).then();
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
