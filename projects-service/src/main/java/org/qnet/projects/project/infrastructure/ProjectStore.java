package org.qnet.projects.project.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.mongo.LiteralText;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.platform.web.Paging;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.ProjectDescription;
import org.qnet.projects.project.model.Viewer;
import org.qnet.projects.project.model.Visibility;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Projects in the {@value #COLLECTION} collection. A change is saved only if the project is still at
 * the version it was read at, with its events in the same write; following and unfollowing are
 * conditional pushes and pulls, so many followers at once never conflict.
 */
@Repository
public class ProjectStore {

    public static final String COLLECTION = "projects";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    ProjectStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on(ProjectDocument.CREATED_AT, Sort.Direction.DESC).on("_id", Sort.Direction.ASC)
                        .named("project_newest_first"),
                new Index().on(ProjectDocument.TOPICS, Sort.Direction.ASC).named("project_topics"),
                new Index().on(ProjectDocument.TEAM_MEMBER, Sort.Direction.ASC).named("project_team"),
                new Index().on(ProjectDocument.FOLLOWERS, Sort.Direction.ASC).named("project_followers"));
    }

    public Mono<Project> insert(Project project, IntegrationEvent created) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, List.of(created));
        return mongo.insert(ProjectDocument.of(project, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(ProjectDocument::toProject);
    }

    public Mono<Project> find(String id) {
        return mongo.findById(id, ProjectDocument.class, COLLECTION).map(ProjectDocument::toProject);
    }

    /**
     * Saves everything but the followers of {@code changed} if the stored project is still at its
     * version; empty when someone changed it meanwhile.
     */
    public Mono<Project> save(Project changed, List<? extends IntegrationEvent> events) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, events);
        ProjectDescription d = changed.description();
        Update update = new Update()
                .set("title", d.title())
                .set("aim", d.aim())
                .set(ProjectDocument.TOPICS, d.topics())
                .set("organisation", d.organisation())
                .set(ProjectDocument.VISIBILITY, d.visibility().name())
                .set(ProjectDocument.STATUS, changed.status().name())
                .set("leadId", changed.leadId())
                .set("team", changed.team())
                .set("joinRequests", changed.joinRequests())
                .set(ProjectDocument.SEARCH_TEXT, ProjectDocument.searchText(d))
                .inc(ProjectDocument.VERSION, 1);
        return mongo.findAndModify(atVersion(changed), Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), ProjectDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(ProjectDocument::toProject);
    }

    /** Adds a follower; empty when they already follow (or the project is gone). */
    public Mono<Project> follow(String projectId, String memberId, IntegrationEvent followed) {
        return changeFollowers(Criteria.where(ProjectDocument.FOLLOWERS).ne(memberId).and("_id").is(projectId),
                new Update().push(ProjectDocument.FOLLOWERS, memberId), followed);
    }

    /** Removes a follower; empty when they did not follow. */
    public Mono<Project> unfollow(String projectId, String memberId, IntegrationEvent unfollowed) {
        return changeFollowers(Criteria.where(ProjectDocument.FOLLOWERS).is(memberId).and("_id").is(projectId),
                new Update().pull(ProjectDocument.FOLLOWERS, memberId), unfollowed);
    }

    private Mono<Project> changeFollowers(Criteria condition, Update change, IntegrationEvent event) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, List.of(event));
        return mongo.findAndModify(Query.query(condition), Outbox.appending(change, pending),
                        FindAndModifyOptions.options().returnNew(true), ProjectDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(ProjectDocument::toProject);
    }

    /** The page of projects the viewer may see that match the search, newest first, and how many match. */
    public Mono<ProjectPage> search(ProjectSearch search, Viewer viewer, Paging paging) {
        Criteria matching = criteria(search, viewer);
        Query page = Query.query(matching)
                .with(Sort.by(Sort.Direction.DESC, ProjectDocument.CREATED_AT).and(Sort.by("_id")))
                .skip(paging.offset())
                .limit(paging.size());
        return Mono.zip(
                mongo.find(page, ProjectDocument.class, COLLECTION).map(ProjectDocument::toProject).collectList(),
                mongo.count(Query.query(criteria(search, viewer)), COLLECTION))
                .map(found -> new ProjectPage(found.getT1(), found.getT2()));
    }

    /** Projects in which a member is on the team, asked to join or follows. */
    public Flux<Project> involving(String memberId) {
        return mongo.find(Query.query(new Criteria().orOperator(
                        Criteria.where(ProjectDocument.TEAM_MEMBER).is(memberId),
                        Criteria.where("joinRequests.memberId").is(memberId),
                        Criteria.where(ProjectDocument.FOLLOWERS).is(memberId))),
                ProjectDocument.class, COLLECTION).map(ProjectDocument::toProject);
    }

    /** Saves a project with a member forgotten, without events: erasure is announced once, by members-service. */
    public Mono<Project> saveForgetting(Project changed) {
        Update update = new Update()
                .set("leadId", changed.leadId())
                .set("team", changed.team())
                .set("joinRequests", changed.joinRequests())
                .set(ProjectDocument.FOLLOWERS, changed.followers())
                .inc(ProjectDocument.VERSION, 1);
        return mongo.findAndModify(atVersion(changed), update, FindAndModifyOptions.options().returnNew(true),
                ProjectDocument.class, COLLECTION).map(ProjectDocument::toProject);
    }

    private static Query atVersion(Project project) {
        return Query.query(Criteria.where("_id").is(project.id()).and(ProjectDocument.VERSION).is(project.version()));
    }

    private static Criteria criteria(ProjectSearch search, Viewer viewer) {
        List<Criteria> all = new ArrayList<>();
        List<Criteria> visible = new ArrayList<>();
        visible.add(Criteria.where(ProjectDocument.VISIBILITY).is(Visibility.PUBLIC.name()));
        if (viewer.member()) {
            visible.add(Criteria.where(ProjectDocument.VISIBILITY).is(Visibility.MEMBERS.name()));
        }
        visible.add(Criteria.where(ProjectDocument.TEAM_MEMBER).is(viewer.id()));
        all.add(new Criteria().orOperator(visible));
        search.text().ifPresent(text -> all.add(Criteria.where(ProjectDocument.SEARCH_TEXT)
                .regex(LiteralText.asPattern(text.toLowerCase(Locale.ROOT)))));
        if (!search.topics().isEmpty()) {
            all.add(Criteria.where(ProjectDocument.TOPICS).all(search.topics()));
        }
        search.status().ifPresent(status -> all.add(Criteria.where(ProjectDocument.STATUS).is(status.name())));
        search.memberId().ifPresent(member -> all.add(Criteria.where(ProjectDocument.TEAM_MEMBER).is(member)));
        return new Criteria().andOperator(all);
    }

    /** A page of projects and how many matched in all. */
    public record ProjectPage(List<Project> projects, long total) {
    }
}
