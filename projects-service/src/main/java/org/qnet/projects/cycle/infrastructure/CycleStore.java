package org.qnet.projects.cycle.infrastructure;

import java.util.List;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.projects.cycle.model.PdsaCycle;
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

/** PDSA cycles in the {@value #COLLECTION} collection, each stage saved only at the version it was read at. */
@Repository
public class CycleStore {

    public static final String COLLECTION = "cycles";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    CycleStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("projectId", Sort.Direction.ASC).on("startsOn", Sort.Direction.ASC).named("cycle_project"));
    }

    public Mono<PdsaCycle> insert(PdsaCycle cycle, IntegrationEvent started) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, List.of(started));
        return mongo.insert(CycleDocument.of(cycle, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(CycleDocument::toCycle);
    }

    public Mono<PdsaCycle> find(String projectId, String cycleId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(cycleId).and("projectId").is(projectId)),
                CycleDocument.class, COLLECTION).map(CycleDocument::toCycle);
    }

    /** A project's cycles in the order they start. */
    public Flux<PdsaCycle> ofProject(String projectId) {
        return mongo.find(Query.query(Criteria.where("projectId").is(projectId)).with(Sort.by("startsOn", "_id")),
                CycleDocument.class, COLLECTION).map(CycleDocument::toCycle);
    }

    /** Saves the recorded stages if the cycle is still at the version read; empty when it changed meanwhile. */
    public Mono<PdsaCycle> saveStages(PdsaCycle changed, List<? extends IntegrationEvent> events) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, events);
        CycleDocument stored = CycleDocument.of(changed, List.of());
        Update update = new Update()
                .set("done", stored.done())
                .set("studied", stored.studied())
                .set("acted", stored.acted())
                .set("decision", stored.decision())
                .inc("version", 1);
        Query atVersion = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(changed.version()));
        return mongo.findAndModify(atVersion, Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), CycleDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(CycleDocument::toCycle);
    }
}
