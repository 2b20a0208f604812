package org.qnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.Topics;
import org.qnet.testinfra.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;

/** The consuming side: duplicates have no second effect; what cannot be processed is dead-lettered. */
class InboundEventsIT extends ConsumingSideTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void a_duplicate_delivery_of_an_event_has_no_second_effect() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String sentinel = "sentinel-" + UUID.randomUUID();

        send(parcelId, eventId, "ParcelShipped", shipped(parcelId));
        send(parcelId, eventId, "ParcelShipped", shipped(parcelId));
        // Same key, same partition: once the sentinel is handled, both copies before it were too.
        send(parcelId, UUID.randomUUID().toString(), "ParcelShipped", shipped(sentinel));

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(sentinel) == 1);
        assertThat(deliveriesOf(parcelId)).isEqualTo(1);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_record_is_still_processed() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String badEventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.of(Topics.deadLetter(ParcelShipped.TOPIC, "platform-test"))) {

            send(parcelId, badEventId, "ParcelShipped", "{not json".getBytes(StandardCharsets.UTF_8));
            send(parcelId, UUID.randomUUID().toString(), "ParcelShipped", shipped(parcelId));

            await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId) == 1);
            var dead = deadLetters.awaitRecords(r -> badEventId.equals(r.header(CloudEventHeaders.ID)), 1).get(0);
            assertThat(dead.value()).isEqualTo("{not json");
            assertThat(dead.header("x-exception-message")).contains("does not read as org.qnet.test.ParcelShipped.v1");
            assertThat(dead.header("x-original-topic")).isEqualTo(ParcelShipped.TOPIC);
        }
    }

    @Test
    void event_types_without_a_handler_are_skipped_without_dead_lettering() {
        String parcelId = "parcel-" + UUID.randomUUID();
        send(parcelId, UUID.randomUUID().toString(), "ParcelWeighed", "{\"grams\": 12}".getBytes(StandardCharsets.UTF_8));
        send(parcelId, UUID.randomUUID().toString(), "ParcelShipped", shipped(parcelId));

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId) == 1);
    }

    @Test
    void event_types_without_a_handler_are_dropped_before_the_binder_passes_them_on() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String sentinel = "sentinel-" + UUID.randomUUID();
        send(parcelId, UUID.randomUUID().toString(), "ParcelShipped", shipped(parcelId));
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId) == 1);
        long passedOnBefore = passedToTheConsumer();

        for (int i = 0; i < 5; i++) {
            send(parcelId, UUID.randomUUID().toString(), "ParcelWeighed", "{\"grams\": 12}".getBytes(StandardCharsets.UTF_8));
        }
        send(parcelId, UUID.randomUUID().toString(), "ParcelShipped", shipped(sentinel));
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(sentinel) == 1);

        assertThat(passedToTheConsumer() - passedOnBefore).isEqualTo(1);
    }

    /** Messages the binder sent into the record-mode binding's channel, towards the consumer. */
    private long passedToTheConsumer() {
        return meters.get("spring.integration.send").tag("name", "parcelEvents-in-0").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private static byte[] shipped(String parcelId) {
        return ("{\"parcelId\":\"" + parcelId + "\",\"destination\":\"York\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(String key, String eventId, String eventName, byte[] data) {
        events.publish(ParcelShipped.TOPIC, key, eventId, "org.qnet.test." + eventName + ".v1", data);
    }
}
