package org.qnet.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.EventType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

class EventBatchConsumerTest {

    private static final EventType SHIPPED = new EventType("test", "ParcelShipped", 1);
    private static final String WEIGHED = "org.qnet.test.ParcelWeighed.v1";

    /** The inbox as the consumer sees it: what it was asked about and what it recorded, nothing stored. */
    private static final class AskedInbox extends Inbox {
        private final Set<String> handledBefore;
        private final List<Collection<String>> asked = new ArrayList<>();
        private final List<String> recorded = new ArrayList<>();

        AskedInbox(Set<String> handledBefore) {
            super(null, Clock.systemUTC());
            this.handledBefore = handledBefore;
        }

        @Override
        public Mono<Set<String>> handledAmong(String consumer, Collection<String> eventIds) {
            asked.add(List.copyOf(eventIds));
            Set<String> seen = new HashSet<>(eventIds);
            seen.retainAll(handledBefore);
            return Mono.just(seen);
        }

        @Override
        public Mono<Void> recordAll(String consumer, List<EventEnvelope> envelopes) {
            envelopes.forEach(envelope -> recorded.add(envelope.id()));
            return Mono.empty();
        }
    }

    private static final BatchedEffects NOTHING_LEFT = new BatchedEffects() {
        @Override
        public Context open() {
            return Context.empty();
        }

        @Override
        public Mono<Void> complete(ContextView batch) {
            return Mono.empty();
        }
    };

    private final List<String> shipped = new ArrayList<>();

    @Test
    void only_events_with_a_handler_are_looked_up_in_the_inbox() {
        AskedInbox inbox = new AskedInbox(Set.of());

        consumer(inbox).accept(batch(record("1", SHIPPED.ceType()), record("2", WEIGHED), record("3", SHIPPED.ceType())));

        assertThat(inbox.asked).containsExactly(List.of("1", "3"));
        assertThat(inbox.recorded).containsExactly("1", "3");
        assertThat(shipped).containsExactly("1", "3");
    }

    @Test
    void a_poll_of_skipped_types_reads_and_records_nothing() {
        AskedInbox inbox = new AskedInbox(Set.of());

        consumer(inbox).accept(batch(record("1", WEIGHED), record("2", WEIGHED)));

        assertThat(inbox.asked).containsExactly(List.of());
        assertThat(inbox.recorded).isEmpty();
    }

    @Test
    void an_event_the_inbox_already_holds_has_no_second_effect() {
        AskedInbox inbox = new AskedInbox(Set.of("1"));

        consumer(inbox).accept(batch(record("1", SHIPPED.ceType()), record("2", SHIPPED.ceType())));

        assertThat(shipped).containsExactly("2");
        assertThat(inbox.recorded).containsExactly("2");
    }

    private EventBatchConsumer consumer(Inbox inbox) {
        return EventConsumer.named("test", inbox)
                .on(SHIPPED, Parcel.class, (envelope, data) -> Mono.fromRunnable(() -> shipped.add(envelope.id())))
                .buildForBatches(NOTHING_LEFT);
    }

    record Parcel(String parcelId) {
    }

    private record Record(Map<String, Object> headers, byte[] value) {
    }

    private static Record record(String id, String type) {
        return new Record(Map.of(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8)),
                "{\"parcelId\":\"p\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static Message<List<byte[]>> batch(Record... records) {
        return MessageBuilder.withPayload(Arrays.stream(records).map(Record::value).toList())
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, Arrays.stream(records).map(Record::headers).toList())
                .build();
    }
}
