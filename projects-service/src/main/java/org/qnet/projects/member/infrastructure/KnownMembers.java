package org.qnet.projects.member.infrastructure;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.qnet.platform.messaging.BatchedEffects;
import org.qnet.platform.messaging.BatchedUpserts;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * This service's projection of the community's members, from {@code qnet.members}: who exists, and
 * the name to show on a team. Nothing else about a member is kept here. A batch of events writes its
 * members' changes together when it completes ({@link BatchedUpserts}); an erasure in the batch writes
 * them first. The reads serve requests, never a batch, so they have nothing waiting to see.
 */
@Repository
public class KnownMembers {

    public static final String COLLECTION = "members";

    private final ReactiveMongoTemplate mongo;
    private final BatchedUpserts changes;

    KnownMembers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        this.changes = new BatchedUpserts(mongo, COLLECTION);
    }

    public Mono<Void> remember(String memberId, String name) {
        return changes.set(memberId, new Document("name", name));
    }

    public Mono<Void> forget(String memberId) {
        return changes.written().then(mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION)).then();
    }

    public Mono<Boolean> knows(String memberId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(memberId)), COLLECTION);
    }

    /** Names by member id, for those of {@code ids} this service knows. */
    public Mono<Map<String, String>> names(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d.getString("name"), (a, b) -> a));
    }

    /** What a batch of events leaves to its end here: the members' changes, written in one bulk write. */
    public BatchedEffects batched() {
        return changes;
    }
}
