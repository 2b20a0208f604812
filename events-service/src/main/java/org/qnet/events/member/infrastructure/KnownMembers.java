package org.qnet.events.member.infrastructure;

import java.util.Collection;
import java.util.List;
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
 * This service's projection of the community's members, from {@code qnet.members}: who may register,
 * and the name and email an organiser's attendee list shows.
 */
@Repository
public class KnownMembers {

    public static final String COLLECTION = "members";

    private final ReactiveMongoTemplate mongo;

    KnownMembers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A member as an attendee list shows them. */
    public record Attendee(String id, String name, String email) {
    }

    public Mono<Void> remember(String memberId, String name, String email, List<String> topics) {
        Update update = new Update().set("name", name).set("topics", topics);
        if (email != null) {
            update.set("email", email);
        }
        return mongo.upsert(Query.query(Criteria.where("_id").is(memberId)), update, COLLECTION).then();
    }

    public Mono<Void> forget(String memberId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION).then();
    }

    public Mono<Boolean> knows(String memberId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(memberId)), COLLECTION);
    }

    public Mono<Map<String, Attendee>> attendees(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .map(d -> new Attendee(d.getString("_id"), d.getString("name"), d.getString("email")))
                .collect(Collectors.toMap(Attendee::id, attendee -> attendee, (a, b) -> a));
    }
}
