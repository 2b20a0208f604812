package org.qnet.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.qnet.contracts.CloudEventHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends pending outbox events to Kafka in their order and removes each from its document once the
 * broker acknowledged it (acks=all, idempotent producer). Sending stops at the first failure, so that a
 * later event of the same aggregate never overtakes an earlier one.
 */
public class OutboxPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final AcknowledgedEntries acknowledged;
    private final Clock clock;
    private final Timer lag;
    private final MeterRegistry meters;

    public OutboxPublisher(KafkaTemplate<String, byte[]> kafka, AcknowledgedEntries acknowledged, Clock clock,
                           MeterRegistry meters) {
        this.kafka = kafka;
        this.acknowledged = acknowledged;
        this.clock = clock;
        this.meters = meters;
        this.lag = Timer.builder("qnet.outbox.publish.lag")
                .description("Time from the state change to the broker's acknowledgement of its event")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Emits the number of events published and removed from the document. */
    public Mono<Long> publish(String collection, Object documentId, List<OutboxEvent> pending) {
        return Flux.fromIterable(pending)
                .concatMap(event -> send(event).then(acknowledged.remove(collection, documentId, event.eventId()))
                        .thenReturn(event))
                .count();
    }

    private Mono<Void> send(OutboxEvent event) {
        // KafkaTemplate.send blocks its caller for metadata (up to max.block.ms) while the broker is away:
        // never on the Mongo driver's or an event loop's thread, whose every other operation would wait too.
        return Mono.fromFuture(() -> kafka.send(record(event)))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(ack -> {
                    lag.record(Duration.between(event.time(), clock.instant()));
                    published(event).increment();
                })
                .then();
    }

    /**
     * Counts what happened in the domain (nominations submitted, registrations confirmed, ...) by the
     * events that announce it, so that a dashboard charts the business over time without a counter in
     * every use case.
     */
    private Counter published(OutboxEvent event) {
        return Counter.builder("qnet.events.published")
                .description("Domain events acknowledged by the broker, by event name")
                .tag("event", eventName(event.type()))
                .register(meters);
    }

    /** {@code org.qnet.members.NominationSubmitted.v1} is counted as {@code NominationSubmitted}. */
    private static String eventName(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : type;
    }

    private static ProducerRecord<String, byte[]> record(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.eventId());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, event.source());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.DATA_SCHEMA, event.dataSchema());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.DATA_CONTENT_TYPE_VALUE);
        if (event.traceparent() != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, event.traceparent());
        }
        return new ProducerRecord<>(event.topic(), null, event.subject(),
                event.data().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
