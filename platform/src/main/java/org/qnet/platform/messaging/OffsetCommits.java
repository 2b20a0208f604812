package org.qnet.platform.messaging;

import java.time.Duration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * Commits each consumer's offsets once an interval instead of after every poll. At the rates of the
 * benchmark's event path a poll brings one to three records, so every service committed (a round trip
 * to the broker, and a write to its offsets topic) a hundred times a second or more for each topic it
 * reads. The consumers are idempotent (the {@link Inbox} drops what was handled), so records handled
 * but not yet committed when an instance dies are read again and dropped. Offsets are also committed
 * when partitions are revoked and when the container stops, and the error handler commits what it
 * dead-letters.
 */
public final class OffsetCommits {

    private final Duration interval;

    public OffsetCommits(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("qnet.messaging.commit-interval must be positive, not " + interval);
        }
        this.interval = interval;
    }

    void configure(AbstractMessageListenerContainer<?, ?> container) {
        ContainerProperties properties = container.getContainerProperties();
        properties.setAckMode(ContainerProperties.AckMode.TIME);
        properties.setAckTime(interval.toMillis());
    }
}
