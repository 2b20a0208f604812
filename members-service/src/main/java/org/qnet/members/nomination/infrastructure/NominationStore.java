package org.qnet.members.nomination.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.members.nomination.model.Decision;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.nomination.model.NominationStatus;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.dao.DuplicateKeyException;
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
 * Nominations in the {@value #COLLECTION} collection. The quota and the one-nomination-per-candidate
 * rule are unique indexes, so that they hold however many nominators submit at once: a nomination
 * takes the first free seat of its organisation's quota in the round, and the insert that finds every
 * seat taken, or the candidate already nominated, is refused by the database.
 */
@Repository
public class NominationStore {

    public static final String COLLECTION = "nominations";
    private static final String QUOTA_SEAT_INDEX = "nomination_quota_seat";
    private static final String CANDIDATE_ONCE_INDEX = "nomination_candidate_once";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    NominationStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("quotaSeat", Sort.Direction.ASC).unique().named(QUOTA_SEAT_INDEX),
                new Index().on("candidateOnce", Sort.Direction.ASC).unique().named(CANDIDATE_ONCE_INDEX),
                new Index().on("roundId", Sort.Direction.ASC).on("organisationId", Sort.Direction.ASC)
                        .named("nomination_round_organisation"),
                new Index().on("memberId", Sort.Direction.ASC).named("nomination_member"));
    }

    /** Saves the nomination in a free seat of its organisation's quota, if there is one and the candidate is new. */
    public Mono<Placement> placeWithinQuota(Nomination nomination, int quota, IntegrationEvent submitted) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(submitted));
        return placeFrom(1, nomination, quota, pending);
    }

    private Mono<Placement> placeFrom(int seat, Nomination nomination, int quota, List<OutboxEvent> pending) {
        if (seat > quota) {
            return Mono.just(new Placement.QuotaFull());
        }
        return mongo.insert(NominationDocument.of(nomination, seat, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .<Placement>map(saved -> new Placement.Placed(saved.toNomination()))
                .onErrorResume(DuplicateKeyException.class, duplicate -> {
                    String message = String.valueOf(duplicate.getMessage());
                    if (message.contains(CANDIDATE_ONCE_INDEX)) {
                        return Mono.just(new Placement.AlreadyNominated());
                    }
                    if (message.contains(QUOTA_SEAT_INDEX)) {
                        return placeFrom(seat + 1, nomination, quota, pending);
                    }
                    return Mono.error(duplicate);
                });
    }

    /** Withdraws an undecided nomination and frees its seat and its candidate; empty when it was not undecided. */
    public Mono<Nomination> withdraw(String id, Instant now, IntegrationEvent withdrawn) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(withdrawn));
        Update update = new Update()
                .set("status", NominationStatus.WITHDRAWN.name())
                .set("withdrawnAt", now)
                .set("quotaSeat", NominationDocument.released(id))
                .set("candidateOnce", NominationDocument.released(id));
        return modifyUndecided(id, update, pending);
    }

    /** Records the panel's decision on an undecided nomination; empty when it was decided or withdrawn already. */
    public Mono<Nomination> decide(String id, Decision decision, String memberId, IntegrationEvent decided) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(decided));
        Update update = new Update()
                .set("status", decision.outcome().status().name())
                .set("decision", new NominationDocument.DecisionDocument(decision.outcome().name(), decision.reason(),
                        decision.decidedBy(), decision.decidedAt()))
                .set("memberId", memberId);
        return modifyUndecided(id, update, pending);
    }

    private Mono<Nomination> modifyUndecided(String id, Update update, List<OutboxEvent> pending) {
        Query undecided = Query.query(Criteria.where("_id").is(id).and("status").is(NominationStatus.SUBMITTED.name()));
        return mongo.findAndModify(undecided, Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), NominationDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(NominationDocument::toNomination);
    }

    public Mono<Nomination> find(String id) {
        return mongo.findById(id, NominationDocument.class, COLLECTION).map(NominationDocument::toNomination);
    }

    /** Nominations in submission order, narrowed to a round, an organisation and a status where given. */
    public Flux<Nomination> find(NominationFilter filter) {
        Criteria criteria = new Criteria();
        filter.roundId().ifPresent(round -> criteria.and("roundId").is(round));
        filter.organisationId().ifPresent(organisation -> criteria.and("organisationId").is(organisation));
        filter.status().ifPresent(status -> criteria.and("status").is(status.name()));
        Query query = Query.query(criteria).with(Sort.by("submittedAt", "_id"))
                .skip(filter.paging().offset()).limit(filter.paging().size());
        return mongo.find(query, NominationDocument.class, COLLECTION).map(NominationDocument::toNomination);
    }

    /** How many seats of its quota an organisation holds in a round: every nomination not withdrawn. */
    public Mono<Long> seatsTaken(String roundId, String organisationId) {
        return mongo.count(Query.query(Criteria.where("roundId").is(roundId).and("organisationId").is(organisationId)
                .and("status").ne(NominationStatus.WITHDRAWN.name())), COLLECTION);
    }

    /** The nomination that admitted a member, whose candidate data is theirs. */
    public Flux<Nomination> ofMember(String memberId) {
        return mongo.find(Query.query(Criteria.where("memberId").is(memberId)), NominationDocument.class, COLLECTION)
                .map(NominationDocument::toNomination);
    }

    /** Removes a member's personal data from the nomination that admitted them; the decision stays on record. */
    public Mono<Void> eraseCandidateOf(String memberId) {
        Update erased = new Update()
                .set("candidate.name", "Erased member")
                .set("candidate.email", "erased/" + memberId)
                .set("candidate.topics", List.of())
                .set("statement", "")
                .set("candidateOnce", "erased/" + memberId);
        return mongo.updateMulti(Query.query(Criteria.where("memberId").is(memberId)), erased, COLLECTION).then();
    }

    /** Where a nomination landed: in a seat of the quota, or refused by the round's rules. */
    public sealed interface Placement {
        record Placed(Nomination nomination) implements Placement {
        }

        record QuotaFull() implements Placement {
        }

        record AlreadyNominated() implements Placement {
        }
    }
}
