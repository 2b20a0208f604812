package org.qnet.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.qnet.contracts.Topics;
import org.qnet.platform.messaging.BatchDeadLetters;
import org.qnet.platform.messaging.Inbox;
import org.qnet.platform.messaging.ListenerContainers;
import org.qnet.platform.messaging.OffsetCommits;
import org.qnet.platform.messaging.SkippedEventsFilter;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.mongo.ConnectionPoolBound;
import org.qnet.platform.mongo.IndexBootstrap;
import org.qnet.platform.observability.TraceContext;
import org.qnet.platform.outbox.AcknowledgedEntries;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.platform.outbox.OutboxProperties;
import org.qnet.platform.outbox.OutboxPublisher;
import org.qnet.platform.outbox.OutboxRelay;
import org.qnet.platform.scheduling.RecurringPass;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the messaging and storage mechanisms into every service the same way. */
@AutoConfiguration(afterName = {
    "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
    "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer) {
        return new TraceContext(tracer.getIfAvailable());
    }

    /** The outbox's own producer: idempotent and acks=all whatever the service configures for others. */
    @Bean
    KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Fail fast while the broker is away: the relay retries, the request never waits on it.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    ConnectionPoolBound connectionPoolBound(MongoConnectionDetails connection,
                                            @Value("${qnet.mongodb.max-pool-size}") int maxPoolSize) {
        return new ConnectionPoolBound(connection.getConnectionString(), maxPoolSize);
    }

    @Bean
    AcknowledgedEntries acknowledgedOutboxEntries(ReactiveMongoTemplate mongo, OutboxProperties properties) {
        return new AcknowledgedEntries(mongo, properties.removalBatch(), properties.removalWait());
    }

    @Bean
    OutboxPublisher outboxPublisher(KafkaTemplate<String, byte[]> outboxKafkaTemplate, AcknowledgedEntries acknowledged,
                                    Clock clock, MeterRegistry meters) {
        return new OutboxPublisher(outboxKafkaTemplate, acknowledged, clock, meters);
    }

    @Bean
    Outbox outbox(OutboxPublisher publisher, TraceContext traceContext, Clock clock) {
        return new Outbox(publisher, traceContext, clock);
    }

    @Bean
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, OutboxPublisher publisher, OutboxProperties properties,
                            Clock clock, MeterRegistry meters) {
        OutboxRelay relay = new OutboxRelay(mongo, publisher, properties, clock);
        Gauge.builder("qnet.outbox.pending", relay, OutboxRelay::pendingCount)
                .description("Events written but not yet acknowledged by the broker")
                .register(meters);
        return relay;
    }

    @Bean
    RecurringPass outboxRelayScheduler(OutboxRelay relay, OutboxProperties properties) {
        return new RecurringPass("outbox-relay", properties.relayInterval(), relay::relayOnce);
    }

    /** Dead letters go to {@code <topic>.<service>.dlq}, one per consuming service and source topic. */
    @Bean
    DlqDestinationResolver deadLetterTopics(Environment environment, ObjectProvider<MeterRegistry> meters) {
        String service = environment.getRequiredProperty("spring.application.name");
        return (record, failure) -> {
            meters.ifAvailable(registry -> registry.counter("qnet.messaging.dead.letters", "topic", record.topic(),
                    "service", service).increment());
            return Topics.deadLetter(record.topic(), service);
        };
    }

    /**
     * Offsets committed once an interval; bindings in batch mode get the retries and dead letters the
     * binder gives the others.
     */
    @Bean
    ListenerContainers listenerContainers(KafkaProperties kafka, DlqDestinationResolver deadLetterTopics,
                                          @Value("${qnet.messaging.commit-interval:1s}") Duration commitInterval) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new ListenerContainers(new OffsetCommits(commitInterval), new BatchDeadLetters(
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<byte[], byte[]>(config)), deadLetterTopics));
    }

    /** Record-mode consumers never convert a record of a type they would skip. */
    @Bean
    SkippedEventsFilter skippedEventsFilter(ListableBeanFactory beans, Environment environment) {
        return new SkippedEventsFilter(beans, environment);
    }

    @Bean
    Inbox inbox(ReactiveMongoTemplate mongo, Clock clock) {
        return new Inbox(mongo, clock);
    }

    @Bean
    IndexBootstrap indexBootstrap(ReactiveMongoTemplate mongo, List<CollectionIndexes> declared,
                                  OutboxProperties outbox) {
        List<CollectionIndexes> all = new ArrayList<>(declared);
        all.add(Inbox.indexes());
        for (String collection : outbox.collections()) {
            all.add(new CollectionIndexes(collection,
                    new Index().on(OutboxEvent.FIELD + ".eventId", Sort.Direction.ASC).sparse().named("outbox_pending")));
        }
        return new IndexBootstrap(mongo, all);
    }
}
