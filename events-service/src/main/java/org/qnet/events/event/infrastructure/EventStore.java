package org.qnet.events.event.infrastructure;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.Topics;
import org.qnet.events.event.model.Event;

import org.qnet.events.event.model.EventKind;
import org.qnet.events.event.model.EventStatus;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.mongo.LiteralText;
import org.qnet.platform.mongo.PageWithTotal;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Events in the {@value #COLLECTION} collection with their seat counters. A seat is taken or given
 * back by one conditional write on the counters, so however many instances take seats at once, no
 * event is overbooked.
 */
@Repository
public class EventStore {

    public static final String COLLECTION = "events";
    private static final String STATUS = "status";
    private static final String STARTS_AT = "startsAt";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    EventStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on(STATUS, Sort.Direction.ASC).on(STARTS_AT, Sort.Direction.ASC).named("event_calendar"),
                new Index().on("seriesId", Sort.Direction.ASC).named("event_series"));
    }

    /** Saves new events (one, or a whole series) each with its own events. */
    public Flux<Event> insertAll(List<Event> created, java.util.function.Function<Event, List<IntegrationEvent>> events) {
        return Flux.fromIterable(created).concatMap(event -> {
            List<OutboxEvent> pending = outbox.stage(Topics.EVENTS, events.apply(event));
            return mongo.insert(EventDocument.of(event, pending), COLLECTION)
                    .doOnSuccess(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                    .map(EventDocument::toEvent);
        });
    }

    public Mono<Event> find(String id) {
        return mongo.findById(id, EventDocument.class, COLLECTION).map(EventDocument::toEvent);
    }

    public Flux<Event> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), EventDocument.class, COLLECTION)
                .map(EventDocument::toEvent);
    }

    /** The seat counters of each of the events, by event id, in one read. */
    public Mono<Map<String, Seats>> seatsOf(Collection<String> ids) {
        Query seats = Query.query(Criteria.where("_id").in(ids));
        seats.fields().include(EventDocument.SEAT_FIELDS);
        return mongo.find(seats, Document.class, COLLECTION)
                .collectMap(stored -> stored.getString("_id"), EventDocument::seatsOf);
    }

    /**
     * Saves a changed event if it is still at the version it was read at; a capacity change moves the
     * seats left by the difference and is refused (empty) if it would leave fewer seats than are taken.
     */
    public Mono<Event> save(Event before, Event changed, List<? extends IntegrationEvent> events) {
        List<OutboxEvent> pending = outbox.stage(Topics.EVENTS, events);
        EventDocument doc = EventDocument.of(changed, List.of());
        Update update = new Update()
                .set("title", doc.title()).set("kind", doc.kind()).set("summary", doc.summary())
                .set("description", doc.description()).set("topics", doc.topics())
                .set("start", doc.start()).set("end", doc.end()).set("timeZone", doc.timeZone())
                .set(STARTS_AT, doc.startsAt()).set("endsAt", doc.endsAt())
                .set("venue", doc.venue()).set("onlineLink", doc.onlineLink())
                .set(EventDocument.CAPACITY, doc.capacity())
                .set("registrationOpensAt", doc.registrationOpensAt())
                .set("registrationClosesAt", doc.registrationClosesAt())
                .set(STATUS, doc.status()).set("cancelReason", doc.cancelReason()).set("sequence", doc.sequence())
                .set("searchText", doc.searchText())
                .inc("version", 1);
        Criteria atVersion = Criteria.where("_id").is(before.id()).and("version").is(before.version());
        long capacityBefore = before.capacity() == null ? EventDocument.UNLIMITED_SEATS : before.capacity();
        long after = changed.capacity() == null ? EventDocument.UNLIMITED_SEATS : changed.capacity();
        if (after != capacityBefore) {
            update.inc(EventDocument.SEATS_LEFT, after - capacityBefore);
            atVersion = atVersion.and(EventDocument.SEATS_TAKEN).lte(after);
        }
        return mongo.findAndModify(Query.query(atVersion), Outbox.appending(update, pending),
                        FindAndModifyOptions.options().returnNew(true), EventDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(EventDocument::toEvent);
    }

    /** Takes a seat of a published event; false when none is left. */
    public Mono<Boolean> takeSeat(String eventId) {
        Query free = Query.query(Criteria.where("_id").is(eventId).and(STATUS).is(EventStatus.PUBLISHED.name())
                .and(EventDocument.SEATS_LEFT).gt(0));
        Update taken = new Update().inc(EventDocument.SEATS_LEFT, -1).inc(EventDocument.SEATS_TAKEN, 1);
        return mongo.findAndModify(free, taken, EventDocument.class, COLLECTION).hasElement();
    }

    public Mono<Void> giveSeatBack(String eventId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)),
                new Update().inc(EventDocument.SEATS_LEFT, 1).inc(EventDocument.SEATS_TAKEN, -1), COLLECTION).then();
    }

    /** The next waitlist ticket: 1, 2, 3... in the order members asked. */
    public Mono<Long> nextWaitlistTicket(String eventId) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(eventId)), new Update().inc("waitlistTickets", 1),
                FindAndModifyOptions.options().returnNew(true), EventDocument.class, COLLECTION)
                .map(EventDocument::waitlistTickets);
    }

    /**
     * Claims a reminder for a published event, once: only the instance whose write adds the reminder
     * to the event gets the event back, and that write carries the reminder's event to publish.
     */
    public Mono<Event> claimReminder(String eventId, String reminder, IntegrationEvent due) {
        List<OutboxEvent> pending = outbox.stage(Topics.EVENTS, List.of(due));
        Query unclaimed = Query.query(Criteria.where("_id").is(eventId).and("reminders").ne(reminder)
                .and(STATUS).is(EventStatus.PUBLISHED.name()));
        return mongo.findAndModify(unclaimed, Outbox.appending(new Update().push("reminders", reminder), pending),
                        FindAndModifyOptions.options().returnNew(true), EventDocument.class, COLLECTION)
                .doOnNext(saved -> outbox.publishSaved(COLLECTION, saved.id(), pending))
                .map(EventDocument::toEvent);
    }

    /** Published events starting after {@code from} and by {@code to} that have not had this reminder. */
    public Flux<Event> needingReminder(String reminder, Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where(STATUS).is(EventStatus.PUBLISHED.name())
                        .and(STARTS_AT).gt(from).lte(to).and("reminders").ne(reminder)),
                EventDocument.class, COLLECTION).map(EventDocument::toEvent);
    }

    /**
     * Published events (and the caller's own drafts) in a time range, by start, a page at a time. The page
     * and how many match in all come from one aggregation, so the database matches the events once and
     * a page costs one round trip for them where a query and a count took two.
     */
    public Mono<EventPage> search(EventSearch search, String callerId, Paging paging) {
        Aggregation pageAndTotal = newAggregation(match(criteria(search, callerId)),
                new PageWithTotal(Sort.by(STARTS_AT, "_id"), paging)
                        .facets(project().andExclude(EventDocument.UNSHOWN_FIELDS)));
        return Mono.from(mongo.aggregate(pageAndTotal, COLLECTION, Document.class)).map(found -> {
            List<EventDocument> page = PageWithTotal.page(found).stream()
                    .map(event -> mongo.getConverter().read(EventDocument.class, event)).toList();
            return new EventPage(page.stream().map(EventDocument::toEvent).toList(),
                    page.stream().collect(Collectors.toMap(EventDocument::id, EventDocument::seats)),
                    PageWithTotal.total(found));
        });
    }

    private static Criteria criteria(EventSearch search, String callerId) {
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(
                Criteria.where(STATUS).in(EventStatus.PUBLISHED.name(), EventStatus.CANCELLED.name(),
                        EventStatus.COMPLETED.name()),
                Criteria.where(STATUS).is(EventStatus.DRAFT.name()).and("organiserId").is(callerId)));
        search.from().ifPresent(from -> all.add(Criteria.where("endsAt").gte(from)));
        search.to().ifPresent(to -> all.add(Criteria.where(STARTS_AT).lt(to)));
        if (!search.topics().isEmpty()) {
            all.add(Criteria.where("topics").all(search.topics()));
        }
        search.kind().ifPresent(kind -> all.add(Criteria.where("kind").is(kind.name())));
        search.text().ifPresent(text -> all.add(Criteria.where("searchText")
                .regex(LiteralText.asPattern(text.toLowerCase(Locale.ROOT)))));
        return new Criteria().andOperator(all);
    }

    /** What a browse asks for. */
    public record EventSearch(Optional<Instant> from, Optional<Instant> to, List<String> topics,
                              Optional<EventKind> kind, Optional<String> text) {
    }

    /** A page of events in order, with their seats as they were read with them, and how many match in all. */
    public record EventPage(List<Event> events, Map<String, Seats> seats, long total) {
    }

}
