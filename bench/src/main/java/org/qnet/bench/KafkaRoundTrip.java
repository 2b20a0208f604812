package org.qnet.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The baseline of the event path: a bare producer (acks=all, idempotent, as the outbox sends) and a
 * bare consumer on the same broker, each record carrying the time it was due.
 */
final class KafkaRoundTrip implements AutoCloseable {

    private final String topic = "bench.roundtrip." + UUID.randomUUID();
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AtomicReference<Run> current = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread polling;

    KafkaRoundTrip(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        Properties produce = new Properties();
        produce.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        produce.put(ProducerConfig.ACKS_CONFIG, "all");
        produce.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        produce.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        produce.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(produce);
        Properties consume = new Properties();
        consume.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consume.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-roundtrip-" + UUID.randomUUID());
        consume.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consume.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consume.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(consume);
        consumer.subscribe(List.of(topic));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        polling = new Thread(this::poll, "bench-roundtrip-consumer");
        polling.start();
    }

    /** The latencies of the run under way and how many of its records have come back. */
    private record Run(Latencies latencies, AtomicLong received) {
    }

    /** Sends for the duration, then gives what is under way time to arrive; returns how many were sent. */
    long run(int rate, Duration duration, Latencies latencies) {
        Run run = new Run(latencies, new AtomicLong());
        current.set(run);
        long[] sent = new long[1];
        OpenLoop.run(rate, duration, due -> {
            sent[0]++;
            producer.send(new ProducerRecord<>(topic, ByteBuffer.allocate(8).putLong(sent[0]).array(),
                    ByteBuffer.allocate(8).putLong(due).array()));
        });
        producer.flush();
        Pause.until(() -> run.received().get() >= sent[0], EventPathLatency.ARRIVAL);
        return sent[0];
    }

    private void poll() {
        // The consumer belongs to this thread from here on; the constructor's polls are over.
        while (running.get()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                Run run = current.get();
                if (run != null) {
                    run.latencies().record(ByteBuffer.wrap(record.value()).getLong());
                    run.received().incrementAndGet();
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() {
        running.set(false);
        try {
            polling.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }
}
