package org.qnet.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.qnet.contracts.CloudEventHeaders;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.cloud.stream.config.ConsumerEndpointCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.integration.kafka.inbound.KafkaMessageDrivenChannelAdapter;

/**
 * Drops, before the binder converts a record into a message and calls the consumer, each record whose
 * event type the binding's {@link EventConsumer} has no handler for. Every service reads whole topics
 * of which it handles a few types (all of them read {@code qnet.members}, where connection events are
 * most of the traffic), and a profile found members-service spending a sixth of its CPU on its
 * listener threads, converting and tracing records only to skip them.
 *
 * <p>A record without a type is let through, for the consumer to dead-letter as malformed. Bindings in
 * batch mode are left alone: their {@link EventBatchConsumer} skips a type without converting anything,
 * and reports a failing record by its index in the whole poll, which a filter would shift.
 */
public final class SkippedEventsFilter implements ConsumerEndpointCustomizer<KafkaMessageDrivenChannelAdapter<?, ?>> {

    private final ListableBeanFactory beans;
    private final Environment environment;

    public SkippedEventsFilter(ListableBeanFactory beans, Environment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    @Override
    public void configure(KafkaMessageDrivenChannelAdapter<?, ?> endpoint, String destinationName, String group) {
        consumerOf(destinationName).ifPresent(consumer -> skipUnhandled(endpoint, consumer));
    }

    /** The one record-mode consumer bound to the destination, by the binding name the function gets by default. */
    private Optional<EventConsumer> consumerOf(String destination) {
        List<EventConsumer> reading = beans.getBeansOfType(EventConsumer.class).entrySet().stream()
                .filter(bean -> destination.equals(
                        environment.getProperty("spring.cloud.stream.bindings." + bean.getKey() + "-in-0.destination")))
                .map(Map.Entry::getValue)
                .toList();
        return reading.size() == 1 ? Optional.of(reading.get(0)) : Optional.empty();
    }

    private static <K, V> void skipUnhandled(KafkaMessageDrivenChannelAdapter<K, V> endpoint, EventConsumer consumer) {
        endpoint.setRecordFilterStrategy(record -> {
            Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
            return type != null && !consumer.handles(new String(type.value(), StandardCharsets.UTF_8));
        });
    }
}
