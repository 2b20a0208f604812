package org.qnet.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.localstack.LocalStack;
import org.qnet.testinfra.CloudEventPublisher;

/**
 * Scenario 3: notifications-service drains a backlog of profile changes on qnet.members (each one
 * read, checked against the inbox of handled events and applied to its projection of people), left
 * while it was stopped; against a bare KafkaConsumer reading the same records.
 */
final class ConsumerThroughput {

    record Outcome(int events, double qnetEventsPerSecond, double baselineEventsPerSecond, Duration qnetDrain,
                   Duration baselineDrain) {
        double ratio() {
            return qnetEventsPerSecond / baselineEventsPerSecond;
        }
    }

    private static final String GROUP = "notifications";

    private final LocalStack stack;
    private final Settings settings;

    ConsumerThroughput(LocalStack stack, Settings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    Outcome run(List<BenchCommunity.Member> members) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            AtomicReference<Map<TopicPartition, Long>> start = new AtomicReference<>();
            AtomicReference<Map<TopicPartition, Long>> end = new AtomicReference<>();
            stack.restart(GROUP, () -> {
                start.set(ConsumerGroups.endOffsets(admin, Topics.MEMBERS));
                publishBacklog(members);
                end.set(ConsumerGroups.endOffsets(admin, Topics.MEMBERS));
            });
            Duration qnet = awaitDrained(admin, start.get(), end.get());
            Duration bare = bareConsumer(start.get(), end.get());
            return new Outcome(settings.backlog(), perSecond(settings.backlog(), qnet), perSecond(settings.backlog(), bare),
                    qnet, bare);
        }
    }

    private void publishBacklog(List<BenchCommunity.Member> members) {
        try (CloudEventPublisher events = CloudEventPublisher.to(stack.kafkaBootstrapServers())) {
            for (int i = 0; i < settings.backlog(); i++) {
                BenchCommunity.Member member = members.get(i % members.size());
                String data = """
                        {"memberId":"%s","name":"%s","profession":"nurse","region":"North West",\
                        "topics":["patient safety","sepsis","topic %d"],"openToMentoring":%b,"listed":true,"updatedAt":"%s"}"""
                        .formatted(member.id(), member.name(), i % 50, i % 2 == 0, Instant.now());
                events.publishWithoutWaiting(Topics.MEMBERS, member.id(), UUID.randomUUID().toString(),
                        MemberProfileUpdated.TYPE.ceType(), data);
            }
        }
    }

    /** From the first committed advance to the last, so the service's start-up is not counted. */
    private static Duration awaitDrained(Admin admin, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        long total = ConsumerGroups.total(end) - ConsumerGroups.total(start);
        Long firstAdvance = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            long committed = ConsumerGroups.total(ConsumerGroups.committed(admin, GROUP, end.keySet())) - ConsumerGroups.total(start);
            if (firstAdvance == null && committed > 0) {
                firstAdvance = System.nanoTime();
            }
            if (committed >= total) {
                return Duration.ofNanos(System.nanoTime() - firstAdvance);
            }
            Pause.of(20);
        }
        throw new IllegalStateException("notifications-service did not drain the backlog");
    }

    private Duration bareConsumer(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-" + UUID.randomUUID());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            long wanted = ConsumerGroups.total(end) - ConsumerGroups.total(start);
            long read = 0;
            long began = System.nanoTime();
            while (read < wanted) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
            return Duration.ofNanos(System.nanoTime() - began);
        }
    }

    private static double perSecond(int events, Duration took) {
        return events / (took.toNanos() / 1e9);
    }
}
