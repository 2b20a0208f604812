package org.qnet.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Counts the offset commits of the test application's consumers, per topic, as the Kafka client makes them. */
public class CommitCounter implements ConsumerInterceptor<Object, Object> {

    private static final Map<String, AtomicInteger> COMMITS = new ConcurrentHashMap<>();

    static int commitsOf(String topic) {
        return COMMITS.getOrDefault(topic, new AtomicInteger()).get();
    }

    @Override
    public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
        return records;
    }

    @Override
    public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.keySet().stream().map(TopicPartition::topic).distinct()
                .forEach(topic -> COMMITS.computeIfAbsent(topic, t -> new AtomicInteger()).incrementAndGet());
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
