package org.qnet.projects.member.infrastructure;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * This service's projection of the community's members, from {@code qnet.members}: who exists, and
 * the name to show on a team. Nothing else about a member is kept here.
 */
@Repository
public class KnownMembers {

    public static final String COLLECTION = "members";

    private final ReactiveMongoTemplate mongo;

    KnownMembers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> remember(String memberId, String name) {
        return mongo.upsert(Query.query(Criteria.where("_id").is(memberId)), new Update().set("name", name), COLLECTION)
                .then();
    }

    public Mono<Void> forget(String memberId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION).then();
    }

    public Mono<Boolean> knows(String memberId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(memberId)), COLLECTION);
    }

    /** Names by member id, for those of {@code ids} this service knows. */
    public Mono<Map<String, String>> names(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d.getString("name"), (a, b) -> a));
    }
}
