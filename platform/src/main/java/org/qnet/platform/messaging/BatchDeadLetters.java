package org.qnet.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters for bindings in batch mode, which the binder leaves to the listener
 * container: the record an {@link EventBatchConsumer} reports as failed is retried with the binding's
 * back-off, then parked on the same dead-letter topic, with the same headers, as the binder parks a
 * record of a binding read one record at a time. The records before it are committed, those after it
 * read again. Bindings read a record at a time keep the binder's own retries and dead letters.
 */
public class BatchDeadLetters {

    private final KafkaOperations<?, ?> producer;
    private final DlqDestinationResolver deadLetterTopics;

    public BatchDeadLetters(KafkaOperations<?, ?> producer, DlqDestinationResolver deadLetterTopics) {
        this.producer = producer;
        this.deadLetterTopics = deadLetterTopics;
    }

    void configure(AbstractMessageListenerContainer<?, ?> container, BackOff backOff,
                   ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (!binding.isBatchMode()) {
            return;
        }
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(producer,
                (record, failure) -> new TopicPartition(deadLetterTopics.apply(record, failure), record.partition()));
        deadLetters.setHeaderNamesSupplier(BatchDeadLetters::binderHeaderNames);
        DefaultErrorHandler errors = new DefaultErrorHandler(
                (record, failure) -> deadLetters.accept(record, whatFailed(failure)),
                backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        errors.addNotRetryableExceptions(MalformedEventException.class);
        container.setCommonErrorHandler(errors);
    }

    /** What the record's handler threw, rather than the layers the binder and container wrapped it in. */
    private static Exception whatFailed(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException reported && reported.getCause() instanceof Exception handler) {
                return handler;
            }
        }
        return failure;
    }

    private static DeadLetterPublishingRecoverer.HeaderNames binderHeaderNames() {
        return DeadLetterPublishingRecoverer.HeaderNames.Builder.original()
                .topicHeader(KafkaMessageChannelBinder.X_ORIGINAL_TOPIC)
                .partitionHeader(KafkaMessageChannelBinder.X_ORIGINAL_PARTITION)
                .offsetHeader(KafkaMessageChannelBinder.X_ORIGINAL_OFFSET)
                .timestampHeader(KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP)
                .timestampTypeHeader(KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP_TYPE)
                .consumerGroupHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)
                .exception()
                .exceptionFqcn(KafkaMessageChannelBinder.X_EXCEPTION_FQCN)
                .exceptionCauseFqcn(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)
                .exceptionMessage(KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE)
                .exceptionStacktrace(KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE)
                .keyExceptionFqcn(KafkaHeaders.DLT_KEY_EXCEPTION_FQCN)
                .keyExceptionMessage(KafkaHeaders.DLT_KEY_EXCEPTION_MESSAGE)
                .keyExceptionStacktrace(KafkaHeaders.DLT_KEY_EXCEPTION_STACKTRACE)
                .build();
    }
}
