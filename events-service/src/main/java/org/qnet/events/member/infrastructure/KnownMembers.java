package org.qnet.events.member.infrastructure;

import java.util.Collection;
import java.util.List;
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
 * This service's projection of the community's members, from {@code qnet.members}: who may register,
 * and the name and email an organiser's attendee list shows. A batch of events writes its members'
 * changes together when it completes ({@link BatchedUpserts}); an erasure in the batch writes them
 * first. The reads serve requests, never a batch, so they have nothing waiting to see.
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

    /** A member as an attendee list shows them. */
    public record Attendee(String id, String name, String email) {
    }

    public Mono<Void> remember(String memberId, String name, String email, List<String> topics) {
        Document fields = new Document("name", name).append("topics", topics);
        if (email != null) {
            fields.append("email", email);
        }
        return changes.set(memberId, fields);
    }

    public Mono<Void> forget(String memberId) {
        return changes.written().then(mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION)).then();
    }

    public Mono<Boolean> knows(String memberId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(memberId)), COLLECTION);
    }

    public Mono<Map<String, Attendee>> attendees(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .map(d -> new Attendee(d.getString("_id"), d.getString("name"), d.getString("email")))
                .collect(Collectors.toMap(Attendee::id, attendee -> attendee, (a, b) -> a));
    }

    /** What a batch of events leaves to its end here: the members' changes, written in one bulk write. */
    public BatchedEffects batched() {
        return changes;
    }
}
