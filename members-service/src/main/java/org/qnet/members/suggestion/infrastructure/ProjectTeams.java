package org.qnet.members.suggestion.infrastructure;

import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Who works on which project, projected from {@code qnet.projects}: only project ids and their team
 * members' ids, which is all a suggestion needs ("works with you on a project").
 */
@Repository
public class ProjectTeams {

    public static final String COLLECTION = "project_teams";
    private static final String MEMBERS = "members";

    private final ReactiveMongoTemplate mongo;

    ProjectTeams(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> joined(String projectId, String memberId) {
        return mongo.upsert(byId(projectId), new Update().addToSet(MEMBERS, memberId), COLLECTION).then();
    }

    public Mono<Void> left(String projectId, String memberId) {
        return mongo.updateFirst(byId(projectId), new Update().pull(MEMBERS, memberId), COLLECTION).then();
    }

    public Mono<Void> forget(String memberId) {
        return mongo.updateMulti(Query.query(Criteria.where(MEMBERS).is(memberId)),
                new Update().pull(MEMBERS, memberId), COLLECTION).then();
    }

    /** For each peer who shares a project team with the member, how many teams they share. */
    public Mono<Map<String, Integer>> sharedProjectsOf(String memberId) {
        return mongo.find(Query.query(Criteria.where(MEMBERS).is(memberId)), Document.class, COLLECTION)
                .collect(HashMap::new, (counts, team) -> team.getList(MEMBERS, String.class).stream()
                        .filter(peer -> !peer.equals(memberId))
                        .forEach(peer -> counts.merge(peer, 1, Integer::sum)));
    }

    private static Query byId(String projectId) {
        return Query.query(Criteria.where("_id").is(projectId));
    }
}
