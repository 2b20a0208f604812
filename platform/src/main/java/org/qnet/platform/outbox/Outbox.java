package org.qnet.platform.outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.platform.messaging.EventJson;
import org.qnet.platform.observability.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What an application service uses: {@link #stage} turns the events a state change causes into pending
 * outbox entries to be saved with the aggregate; once that write succeeded, {@link #publishSaved} sends
 * them at once, off the request path. Whatever that attempt does not get acknowledged stays in the
 * document for the {@link OutboxRelay}.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxPublisher publisher;
    private final TraceContext traceContext;
    private final Clock clock;

    public Outbox(OutboxPublisher publisher, TraceContext traceContext, Clock clock) {
        this.publisher = publisher;
        this.traceContext = traceContext;
        this.clock = clock;
    }

    public List<OutboxEvent> stage(String topic, List<? extends IntegrationEvent> events) {
        String traceparent = traceContext.currentTraceparent();
        return events.stream().map(event -> new OutboxEvent(
                UUID.randomUUID().toString(),
                topic,
                event.eventType().ceType(),
                event.eventType().source(),
                event.subject(),
                event.eventType().dataSchema(),
                clock.instant(),
                EventJson.MAPPER.writeValueAsString(event),
                traceparent)).toList();
    }

    /**
     * Adds the pending events to a conditional update of their aggregate, so that the state change and
     * its events land in one single-document write.
     */
    public static Update appending(Update update, List<OutboxEvent> pending) {
        return update.push(OutboxEvent.FIELD).each(pending.toArray());
    }

    /** Publishes what was just saved in {@code collection} under {@code documentId}, without waiting for it. */
    public void publishSaved(String collection, Object documentId, List<OutboxEvent> pending) {
        if (pending.isEmpty()) {
            return;
        }
        publisher.publish(collection, documentId, pending)
                .subscribe(
                        published -> { },
                        failure -> log.warn("outbox publish of {} in {} deferred to the relay: {}",
                                documentId, collection, NestedExceptionUtils.getMostSpecificCause(failure).toString()));
    }
}
