package org.qnet.platform.messaging;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * What qnet sets on every listener container the Kafka binder makes, beyond the binding's properties:
 * when offsets are committed ({@link OffsetCommits}), and, for bindings in batch mode, retries and dead
 * letters ({@link BatchDeadLetters}). The binder takes a single customizer, hence this one.
 */
public final class ListenerContainers implements ListenerContainerWithDlqAndRetryCustomizer {

    private final OffsetCommits commits;
    private final BatchDeadLetters batchDeadLetters;

    public ListenerContainers(OffsetCommits commits, BatchDeadLetters batchDeadLetters) {
        this.commits = commits;
        this.batchDeadLetters = batchDeadLetters;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        throw new UnsupportedOperationException("the binder configures containers with their binding's properties");
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        commits.configure(container);
        batchDeadLetters.configure(container, backOff, binding);
    }
}
