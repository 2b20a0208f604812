package org.qnet.projects.measure.infrastructure;

import java.util.List;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.measure.model.MeasureDefinition;
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

/** Measures in the {@value #COLLECTION} collection, saved only at the version they were read at. */
@Repository
public class MeasureStore {

    public static final String COLLECTION = "measures";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    MeasureStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("projectId", Sort.Direction.ASC).on("definedAt", Sort.Direction.ASC)
                        .named("measure_project"));
    }

    public Mono<Measure> insert(Measure measure, IntegrationEvent defined) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, List.of(defined));
        return mongo.insert(MeasureDocument.of(measure, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(MeasureDocument::toMeasure);
    }

    /** The measure if it belongs to the project. */
    public Mono<Measure> find(String projectId, String measureId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(measureId).and("projectId").is(projectId)),
                MeasureDocument.class, COLLECTION).map(MeasureDocument::toMeasure);
    }

    public Flux<Measure> ofProject(String projectId) {
        return mongo.find(Query.query(Criteria.where("projectId").is(projectId))
                        .with(Sort.by("definedAt", "_id")), MeasureDocument.class, COLLECTION)
                .map(MeasureDocument::toMeasure);
    }

    public Mono<Long> countOf(String projectId, List<String> measureIds) {
        return mongo.count(Query.query(Criteria.where("projectId").is(projectId).and("_id").in(measureIds)), COLLECTION);
    }

    /**
     * Saves the measure's definition, points and announced signals, with their events, if it is still at
     * the version it was read at; empty when it changed meanwhile.
     */
    public Mono<Measure> save(Measure changed, List<? extends IntegrationEvent> events) {
        List<OutboxEvent> pending = outbox.stage(Topics.PROJECTS, events);
        MeasureDefinition d = changed.definition();
        Update update = new Update()
                .set("name", d.name())
                .set("definition", d.definition())
                .set("unit", d.unit())
                .set("goal", d.goal())
                .set("rules", MeasureDocument.rules(d.chart()))
                .set("baselinePoints", d.chart().baselinePoints())
                .set("improvement", d.chart().improvement().name())
                .set("points", MeasureDocument.points(changed))
                .set("announcedSignals", changed.announcedSignals())
                .inc("version", 1);
        Query atVersion = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(changed.version()));
        return mongo.findAndModify(atVersion, Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), MeasureDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(MeasureDocument::toMeasure);
    }
}
