package org.qnet.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts CloudEvents on a topic the way a qnet producer does (Kafka binary mode), so that a test can
 * deliver an event twice, or deliver one whose data is broken. The header names are spelled out here
 * on purpose: they are the wire format, which a test must not take from the code under test.
 */
public final class CloudEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    private CloudEventPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes to the {@link TestInfra} broker. */
    public static CloudEventPublisher toTestInfra() {
        return new CloudEventPublisher(TestInfra.kafkaBootstrapServers());
    }

    public static CloudEventPublisher to(String bootstrapServers) {
        return new CloudEventPublisher(bootstrapServers);
    }

    /** Publishes and waits for the broker's acknowledgement. */
    public void publish(String topic, String key, String eventId, String ceType, byte[] data) {
        try {
            producer.send(record(topic, key, eventId, ceType, data)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker refused the record", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Publishes without waiting, to put many events on a topic at once; {@link #close()} waits for them all. */
    public void publishWithoutWaiting(String topic, String key, String eventId, String ceType, String json) {
        producer.send(record(topic, key, eventId, ceType, json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String eventId, String ceType,
                                                         byte[] data) {
        var record = new ProducerRecord<String, byte[]>(topic, key, data);
        Map.of("ce_id", eventId,
                "ce_specversion", "1.0",
                "ce_type", ceType,
                "ce_source", "urn:qnet:service:" + ceType.split("\\.")[2],
                "ce_subject", key,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    public void publish(String topic, String key, String eventId, String ceType, String json) {
        publish(topic, key, eventId, ceType, json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
