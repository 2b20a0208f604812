package org.qnet.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Where a topic ends and how far a consumer group has come, as the broker's admin API tells. */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) {
        int partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(latest).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    static Map<TopicPartition, Long> committed(Admin admin, String group, Set<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = offsets.get(partition);
            committed.put(partition, offset == null ? 0 : offset.offset());
        }
        return committed;
    }

    static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits until each group has handled everything on the topic so far, e.g. projections of new members. */
    static void awaitCaughtUp(Admin admin, String topic, List<String> groups, Duration atMost) {
        Map<TopicPartition, Long> end = endOffsets(admin, topic);
        long deadline = System.nanoTime() + atMost.toNanos();
        for (String group : groups) {
            while (total(committed(admin, group, end.keySet())) < total(end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(group + " did not catch up with " + topic);
                }
                Pause.of(100);
            }
        }
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
