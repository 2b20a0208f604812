package org.qnet.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads what reached a topic, from its beginning, as a test would look at it with a console consumer. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    private TopicReader(String bootstrapServers, String topic) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Reads a topic of the {@link TestInfra} broker. */
    public static TopicReader of(String topic) {
        return new TopicReader(TestInfra.kafkaBootstrapServers(), topic);
    }

    /** Reads a topic of another broker, such as a local stack's. */
    public static TopicReader of(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic);
    }

    /** Waits until records matching {@code filter} arrived and returns all of them that did. */
    public List<Received> awaitRecords(Predicate<Received> filter, int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll();
            return received.stream().filter(filter).count() >= atLeast;
        });
        return received.stream().filter(filter).toList();
    }

    /** Everything that arrived within {@code window}, for asserting that something did not happen twice. */
    public List<Received> drain(Duration window, Predicate<Received> filter) {
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < end) {
            poll();
        }
        return received.stream().filter(filter).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            received.add(new Received(r.key(), new String(r.value(), StandardCharsets.UTF_8), headers));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** One record: key, value as text, headers as text. */
    public record Received(String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }
}
