package org.qnet.members.organisation.infrastructure;

import java.util.List;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.members.organisation.model.Organisation;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Organisations in the {@value #COLLECTION} collection, each saved with its events in one write. */
@Repository
public class OrganisationStore {

    public static final String COLLECTION = "organisations";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    OrganisationStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("nominators.subject", Sort.Direction.ASC).named("nominator_subject"));
    }

    /** Inserts a new organisation; a second one with the same id fails with a duplicate key. */
    public Mono<Organisation> insert(Organisation organisation, OrganisationRegistered registered) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(registered));
        return mongo.insert(OrganisationDocument.of(organisation, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(OrganisationDocument::toOrganisation);
    }

    public Mono<Organisation> find(String id) {
        return mongo.findById(id, OrganisationDocument.class, COLLECTION).map(OrganisationDocument::toOrganisation);
    }

    public Flux<Organisation> all() {
        return mongo.find(new Query().with(Sort.by("name")), OrganisationDocument.class, COLLECTION)
                .map(OrganisationDocument::toOrganisation);
    }
}
