package org.qnet.notifications.delivery.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.qnet.notifications.inbox.model.Category;
import org.springframework.stereotype.Component;

/**
 * How fast and how much: end-to-end latency from the source event's time to a notification being
 * stored and to it being pushed on a live stream (histograms, so percentiles can be read across
 * instances), and notifications delivered by category and channel.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Timer stored;
    private final Timer pushed;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.stored = latency("stored");
        this.pushed = latency("pushed");
    }

    void stored(Instant happenedAt, Instant now) {
        record(stored, happenedAt, now);
    }

    public void pushed(Instant happenedAt, Instant now) {
        record(pushed, happenedAt, now);
    }

    void delivered(Category category, String channel, int count) {
        Counter.builder("qnet.notifications.delivered")
                .description("Notifications delivered, by category and channel (inbox, email, digest)")
                .tag("category", category.name().toLowerCase(Locale.ROOT)).tag("channel", channel)
                .register(registry).increment(count);
    }

    private Timer latency(String stage) {
        return Timer.builder("qnet.notifications.latency")
                .description("From the source event's time to the notification being " + stage)
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry);
    }

    private static void record(Timer timer, Instant happenedAt, Instant now) {
        if (happenedAt != null && !now.isBefore(happenedAt)) {
            timer.record(Duration.between(happenedAt, now));
        }
    }
}
