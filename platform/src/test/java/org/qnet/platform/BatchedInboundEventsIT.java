package org.qnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.Topics;
import org.qnet.testinfra.TopicReader;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The consuming side in batch mode: each event still has its effect once, in order, with the effects
 * of a batch completed together; a record that fails is dead-lettered alone.
 */
class BatchedInboundEventsIT extends ConsumingSideTest {

    private static final String DEAD_LETTERS = Topics.deadLetter(PlatformTestApplication.BATCHED_TOPIC, "platform-test");

    @Test
    void every_event_of_a_burst_has_its_effect_once() {
        String parcelPrefix = "burst-" + UUID.randomUUID() + "-";
        IntStream.range(0, 200).forEach(i -> events.publishWithoutWaiting(PlatformTestApplication.BATCHED_TOPIC,
                "key-" + (i % 7), UUID.randomUUID().toString(), ParcelShipped.TYPE.ceType(), shippedJson(parcelPrefix + i)));

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesStartingWith(parcelPrefix) == 200);
        IntStream.range(0, 200).forEach(i -> assertThat(deliveriesOf(parcelPrefix + i)).isEqualTo(1));
    }

    @Test
    void a_duplicate_delivery_of_an_event_has_no_second_effect() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String sentinel = "sentinel-" + UUID.randomUUID();

        send(parcelId, eventId, shipped(parcelId, "York"));
        send(parcelId, eventId, shipped(parcelId, "York"));
        send(parcelId, UUID.randomUUID().toString(), shipped(sentinel, "York"));
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(sentinel) == 1);
        send(parcelId, eventId, shipped(parcelId, "York"));
        String secondSentinel = "sentinel-" + UUID.randomUUID();
        send(parcelId, UUID.randomUUID().toString(), shipped(secondSentinel, "York"));

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(secondSentinel) == 1);
        assertThat(deliveriesOf(parcelId)).isEqualTo(1);
    }

    @Test
    void a_malformed_record_is_dead_lettered_alone_and_the_records_around_it_have_their_effect() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String before = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.of(DEAD_LETTERS)) {

            send(parcelId, before, shipped(parcelId + "-before", "York"));
            send(parcelId, bad, "{not json".getBytes(StandardCharsets.UTF_8));
            send(parcelId, after, shipped(parcelId + "-after", "York"));

            await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId + "-after") == 1);
            assertThat(deliveriesOf(parcelId + "-before")).isEqualTo(1);
            var dead = deadLetters.awaitRecords(r -> bad.equals(r.header(CloudEventHeaders.ID)), 1).get(0);
            assertThat(dead.value()).isEqualTo("{not json");
            assertThat(dead.header("x-exception-message")).contains("does not read as org.qnet.test.ParcelShipped.v1");
            assertThat(dead.header("x-original-topic")).isEqualTo(PlatformTestApplication.BATCHED_TOPIC);
            assertThat(deadLetters.drain(Duration.ofSeconds(2), r -> Set.of(before, after).contains(r.header(CloudEventHeaders.ID))))
                    .as("the records around it").isEmpty();
        }
    }

    @Test
    void a_record_whose_effect_keeps_failing_is_retried_then_dead_lettered_and_the_next_record_has_its_effect() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String failing = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.of(DEAD_LETTERS)) {

            send(parcelId, failing, shipped(parcelId + "-lost", PlatformTestApplication.NOWHERE));
            send(parcelId, UUID.randomUUID().toString(), shipped(parcelId, "York"));

            await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId) == 1);
            var dead = deadLetters.awaitRecords(r -> failing.equals(r.header(CloudEventHeaders.ID)), 1).get(0);
            assertThat(dead.header("x-exception-message")).contains("no route to " + PlatformTestApplication.NOWHERE);
            assertThat(dead.header("x-original-topic")).isEqualTo(PlatformTestApplication.BATCHED_TOPIC);
            assertThat(deliveriesOf(parcelId + "-lost")).isZero();
        }
    }

    @Test
    void event_types_without_a_handler_are_skipped_without_dead_lettering() {
        String parcelId = "parcel-" + UUID.randomUUID();
        String weighed = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.of(DEAD_LETTERS)) {
            events.publish(PlatformTestApplication.BATCHED_TOPIC, parcelId, weighed, "org.qnet.test.ParcelWeighed.v1",
                    "{\"grams\": 12}".getBytes(StandardCharsets.UTF_8));
            send(parcelId, UUID.randomUUID().toString(), shipped(parcelId, "York"));

            await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId) == 1);
            assertThat(deadLetters.drain(Duration.ofSeconds(2), r -> weighed.equals(r.header(CloudEventHeaders.ID)))).isEmpty();
        }
    }

    private long deliveriesStartingWith(String prefix) {
        return deliveriesMatching(Criteria.where("parcelId").regex("^" + Pattern.quote(prefix)));
    }

    private static byte[] shipped(String parcelId, String destination) {
        return shippedJson(parcelId, destination).getBytes(StandardCharsets.UTF_8);
    }

    private static String shippedJson(String parcelId) {
        return shippedJson(parcelId, "York");
    }

    private static String shippedJson(String parcelId, String destination) {
        return "{\"parcelId\":\"" + parcelId + "\",\"destination\":\"" + destination + "\"}";
    }

    private static void send(String key, String eventId, byte[] data) {
        events.publish(PlatformTestApplication.BATCHED_TOPIC, key, eventId, ParcelShipped.TYPE.ceType(), data);
    }
}
