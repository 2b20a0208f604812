package org.qnet.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections the collections whose documents carry an outbox
 * @param relayInterval how often the relay looks for what is still pending
 * @param grace how old a pending event must be before the relay takes it over from the immediate publish
 * @param removalBatch how many acknowledged entries are removed from their documents in one write at most
 * @param removalWait how long an acknowledged entry waits for others to be removed with it
 */
@ConfigurationProperties("qnet.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("5s") Duration relayInterval,
        @DefaultValue("10s") Duration grace,
        @DefaultValue("256") int removalBatch,
        @DefaultValue("5ms") Duration removalWait) {
}
