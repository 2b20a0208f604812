package org.qnet.members.member.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.members.member.model.Member;
import org.qnet.members.member.model.Profile;
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

/** Members in the {@value #COLLECTION} collection, each saved with its events in one write. */
@Repository
public class MemberStore {

    public static final String COLLECTION = "members";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    MemberStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on(MemberDocument.LISTED, Sort.Direction.ASC).on(MemberDocument.NAME_KEY, Sort.Direction.ASC)
                        .named("member_directory_order"),
                new Index().on(MemberDocument.TOPICS, Sort.Direction.ASC).named("member_topics"),
                new Index().on(MemberDocument.REGION, Sort.Direction.ASC).named("member_region"));
    }

    /** Saves a newly admitted member; empty when that member exists already (the admission was replayed). */
    public Mono<Member> admit(Member member, IntegrationEvent admitted) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(admitted));
        return mongo.insert(MemberDocument.of(member, pending), COLLECTION)
                .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(MemberDocument::toMember)
                .onErrorResume(DuplicateKeyException.class, replayed -> Mono.empty());
    }

    /** A member who has not erased their data. */
    public Mono<Member> find(String id) {
        return mongo.findOne(Query.query(active().and("_id").is(id)), MemberDocument.class, COLLECTION)
                .map(MemberDocument::toMember);
    }

    public Flux<Member> findAll(Collection<String> ids) {
        return mongo.find(Query.query(active().and("_id").in(ids)), MemberDocument.class, COLLECTION)
                .map(MemberDocument::toMember);
    }

    /**
     * Saves a changed profile if nobody changed it since {@code changed} was read; empty when someone
     * did, or the member erased their data meanwhile.
     */
    public Mono<Member> saveProfile(Member changed, IntegrationEvent updated) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(updated));
        Profile p = changed.profile();
        Update update = new Update()
                .set(MemberDocument.PROFESSION, p.profession().name())
                .set(MemberDocument.REGION, p.region().name())
                .set("organisation", p.organisation())
                .set(MemberDocument.TOPICS, p.topics())
                .set(MemberDocument.SKILLS, p.skills())
                .set(MemberDocument.BIO, p.bio())
                .set(MemberDocument.SEARCH_TEXT, MemberDocument.searchText(changed.name(), p))
                .set("trainingLevel", p.trainingLevel().name())
                .set(MemberDocument.OPEN_TO_MENTORING, p.openToMentoring())
                .set(MemberDocument.LISTED, p.listed())
                .set("version", changed.version());
        Query unchanged = Query.query(active().and("_id").is(changed.id()).and("version").is(changed.version() - 1));
        return mongo.findAndModify(unchanged, Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), MemberDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(MemberDocument::toMember);
    }

    /**
     * Removes the member's personal data, keeping only the id and the erasure, and delists them; false
     * when there is no such member or they were erased already.
     */
    public Mono<Boolean> erase(String id, Instant now, IntegrationEvent erased) {
        List<OutboxEvent> pending = outbox.stage(Topics.MEMBERS, List.of(erased));
        Update update = new Update()
                .set(MemberDocument.ERASED, true)
                .set("erasedAt", now)
                .set(MemberDocument.NAME, "Erased member")
                .set(MemberDocument.NAME_KEY, "")
                .unset("email")
                .set("organisation", "")
                .set(MemberDocument.TOPICS, List.of())
                .set(MemberDocument.SKILLS, List.of())
                .set(MemberDocument.BIO, "")
                .set(MemberDocument.SEARCH_TEXT, "")
                .set(MemberDocument.OPEN_TO_MENTORING, false)
                .set(MemberDocument.LISTED, false);
        return mongo.findAndModify(Query.query(active().and("_id").is(id)), Outbox.appending(update, pending),
                        MemberDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .hasElement();
    }

    /** Listed members other than those excluded who share a topic, the region or a project team: the pool for suggestions. */
    public Flux<Member> listedPeersSharing(List<String> topics, String region, Collection<String> teammates,
                                           Collection<String> excluded, int limit) {
        Criteria sharing = new Criteria().orOperator(
                Criteria.where(MemberDocument.TOPICS).in(topics), Criteria.where(MemberDocument.REGION).is(region),
                Criteria.where("_id").in(teammates));
        Query query = Query.query(listed().and("_id").nin(excluded).andOperator(sharing))
                .with(Sort.by(MemberDocument.NAME_KEY, "_id")).limit(limit);
        return mongo.find(query, MemberDocument.class, COLLECTION).map(MemberDocument::toMember);
    }

    /** Members who have not erased their data. */
    public static Criteria active() {
        return Criteria.where(MemberDocument.ERASED).is(false);
    }

    /** Members who show in the directory. */
    public static Criteria listed() {
        return active().and(MemberDocument.LISTED).is(true);
    }
}
