package org.qnet.notifications.audience.infrastructure;

import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who belongs to what, projected from the producers' events, for the events that do not name their
 * recipients: each audience is a document holding a set of member ids (an organisation's nominators,
 * a project's team and followers, an event's registrants) with a title to write notices with.
 * Additions and removals are set operations, so replays change nothing.
 */
@Repository
public class Audiences {

    public static final String COLLECTION = "audiences";
    /** Every group an audience may have, for forgetting an erased member everywhere. */
    public static final List<String> GROUPS = List.of("nominators", "team", "followers", "registrants");

    private final ReactiveMongoTemplate mongo;

    Audiences(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An audience: its title and its groups of members by name (e.g. "team", "followers"). */
    public record Audience(String id, String title, Document groups) {

        public List<String> members(String group) {
            List<String> members = groups == null ? null : groups.getList(group, String.class);
            return members == null ? List.of() : members;
        }
    }

    public Mono<Void> titled(String id, String title) {
        return mongo.upsert(byId(id), new Update().set("title", title), COLLECTION).then();
    }

    public Mono<Void> add(String id, String group, String memberId) {
        return mongo.upsert(byId(id), new Update().addToSet("groups." + group, memberId), COLLECTION).then();
    }

    public Mono<Void> addAll(String id, String group, Collection<String> memberIds) {
        return mongo.upsert(byId(id), new Update().addToSet("groups." + group).each(memberIds.toArray()), COLLECTION)
                .then();
    }

    public Mono<Void> remove(String id, String group, String memberId) {
        return mongo.updateFirst(byId(id), new Update().pull("groups." + group, memberId), COLLECTION).then();
    }

    public Mono<Audience> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(d -> new Audience(d.getString("_id"),
                d.getString("title"), d.get("groups", Document.class)));
    }

    /** Takes an erased member out of every audience. */
    public Mono<Void> forget(String memberId, Collection<String> groups) {
        return Flux.fromIterable(groups)
                .concatMap(group -> mongo.updateMulti(Query.query(Criteria.where("groups." + group).is(memberId)),
                        new Update().pull("groups." + group, memberId), COLLECTION))
                .then();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
