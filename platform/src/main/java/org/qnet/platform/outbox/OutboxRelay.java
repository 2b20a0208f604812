package org.qnet.platform.outbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Republishes what is still pending after a crash or a broker outage. It leaves alone events younger
 * than the grace period, which the immediate publish is most likely still sending; a duplicate is
 * harmless anyway, since every consumer drops an event id it has already handled.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ReactiveMongoTemplate mongo;
    private final OutboxPublisher publisher;
    private final OutboxProperties properties;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();

    public OutboxRelay(ReactiveMongoTemplate mongo, OutboxPublisher publisher, OutboxProperties properties,
                       Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Events pending in every outbox collection, as last counted by the relay. */
    public long pendingCount() {
        return pending.get();
    }

    /** One pass over every outbox collection; emits how many events it published. */
    public Mono<Long> relayOnce() {
        AtomicLong seen = new AtomicLong();
        return Flux.fromIterable(properties.collections())
                .concatMap(collection -> relay(collection, seen))
                .reduce(0L, Long::sum)
                .doOnSuccess(published -> pending.set(seen.get() - published));
    }

    private Flux<Long> relay(String collection, AtomicLong seen) {
        var cutoff = clock.instant().minus(properties.grace());
        Query withPending = Query.query(Criteria.where(OutboxEvent.FIELD + ".eventId").exists(true));
        withPending.fields().include(OutboxEvent.FIELD);
        return mongo.find(withPending, Document.class, collection)
                .concatMap(document -> {
                    List<OutboxEvent> events = pendingIn(document);
                    seen.addAndGet(events.size());
                    boolean due = events.stream().anyMatch(e -> e.time().isBefore(cutoff));
                    if (!due) {
                        return Mono.just(0L);
                    }
                    return publisher.publish(collection, document.get("_id"), events)
                            .doOnNext(n -> log.info("outbox relay published {} event(s) of {} in {}",
                                    n, document.get("_id"), collection))
                            .onErrorResume(failure -> {
                                log.warn("outbox relay could not publish {} in {}: {}", document.get("_id"), collection,
                                        NestedExceptionUtils.getMostSpecificCause(failure).toString());
                                return Mono.just(0L);
                            });
                });
    }

    private List<OutboxEvent> pendingIn(Document document) {
        List<Document> raw = document.getList(OutboxEvent.FIELD, Document.class, List.of());
        return raw.stream().map(this::toEvent).toList();
    }

    private OutboxEvent toEvent(Document raw) {
        return new OutboxEvent(
                raw.getString("eventId"),
                raw.getString("topic"),
                raw.getString("type"),
                raw.getString("source"),
                raw.getString("subject"),
                raw.getString("dataSchema"),
                raw.getDate("time").toInstant(),
                raw.getString("data"),
                raw.getString("traceparent"));
    }
}
