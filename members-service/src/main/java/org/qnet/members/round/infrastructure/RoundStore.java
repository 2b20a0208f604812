package org.qnet.members.round.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.RecruitmentRoundClosed;
import org.qnet.contracts.members.RecruitmentRoundOpened;
import org.qnet.members.round.model.RecruitmentRound;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Recruitment rounds in the {@value #COLLECTION} collection, each saved with its events in one write. */
@Repository
public class RoundStore {

    public static final String COLLECTION = "rounds";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    RoundStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mono<RecruitmentRound> insert(RecruitmentRound round, RecruitmentRoundOpened opened) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(opened));
        return mongo.insert(RoundDocument.of(round, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(RoundDocument::toRound);
    }

    /**
     * Closes the round if it is still taking or about to take nominations, in one conditional write;
     * empty when it was closed already or has ended.
     */
    public Mono<RecruitmentRound> close(String id, Instant now, RecruitmentRoundClosed closed) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(closed));
        Query stillRunning = Query.query(Criteria.where("_id").is(id).and("closedAt").is(null).and("closesAt").gt(now));
        return mongo.findAndModify(stillRunning, Outbox.appending(new Update().set("closedAt", now), pending),
                        FindAndModifyOptions.options().returnNew(true), RoundDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(RoundDocument::toRound);
    }

    public Mono<RecruitmentRound> find(String id) {
        return mongo.findById(id, RoundDocument.class, COLLECTION).map(RoundDocument::toRound);
    }

    public Flux<RecruitmentRound> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "opensAt").and(Sort.by("_id"))),
                        RoundDocument.class, COLLECTION)
                .map(RoundDocument::toRound);
    }
}
