package org.qnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.Topics;
import org.qnet.testinfra.TestInfra;
import org.qnet.testinfra.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The consuming side: duplicates have no second effect; what cannot be processed is dead-lettered. */
class InboundEventsIT extends ConsumingSideTest {

    @Autowired
    private MeterRegistry meters;

    @Value("${spring.cloud.stream.default.group}")
    private String group;

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

    @Test
    void handled_records_are_committed_once_a_second_rather_than_after_every_poll() throws Exception {
        String parcelId = "parcel-" + UUID.randomUUID();
        send(parcelId, UUID.randomUUID().toString(), "ParcelShipped", shipped(parcelId));
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(parcelId) == 1);
        int commitsBefore = CommitCounter.commitsOf(ParcelShipped.TOPIC);

        // Each handled before the next is sent, so that each comes in a poll of its own.
        for (int i = 0; i < 20; i++) {
            String parcel = "parcel-" + UUID.randomUUID();
            send(parcel, UUID.randomUUID().toString(), "ParcelShipped", shipped(parcel));
            await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(parcel) == 1);
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(uncommitted(admin, ParcelShipped.TOPIC, group)).isZero());
        }
        assertThat(CommitCounter.commitsOf(ParcelShipped.TOPIC) - commitsBefore)
                .as("commits for some twenty polls within a second or two")
                .isBetween(1, 4);
    }

    /** Records on the topic that the group has not committed. */
    private static long uncommitted(Admin admin, String topic, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .mapToLong(end -> end.getValue().offset()
                        - (committed.containsKey(end.getKey()) ? committed.get(end.getKey()).offset() : 0))
                .sum();
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
