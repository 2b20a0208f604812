package org.qnet.notifications.inbox.infrastructure;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Wakes this instance's live streams the moment it stores a notification for their member, so a
 * stream need not wait for its next look at the database. Streams held by other instances find the
 * notification on their next look; nothing is ever sent from here, only the hint to look.
 */
@Component
public class LiveNotifications {

    private final Sinks.Many<String> stored = Sinks.many().multicast().directBestEffort();

    void stored(String recipient) {
        stored.emitNext(recipient, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(50)));
    }

    public Flux<String> storedFor(String recipient) {
        return stored.asFlux().filter(recipient::equals);
    }
}
