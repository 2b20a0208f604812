package org.qnet.notifications.inbox.infrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Wakes this instance's live streams the moment a notification is stored for their member, so a
 * stream need not look at the database on a timer of its own. This instance's own writes wake at
 * once; {@link StoredElsewhere} wakes for what other instances stored. Nothing is ever sent from
 * here, only the hint to look.
 */
@Component
public class LiveNotifications {

    private final Sinks.Many<String> stored = Sinks.many().multicast().directBestEffort();
    /** Members with a stream open here, and how many (a member may have qnet open in two tabs). */
    private final Map<String, Integer> listening = new ConcurrentHashMap<>();

    void stored(String recipient) {
        stored.emitNext(recipient, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
    }

    /** Hints for one member's stream, for as long as it is open. */
    public Flux<String> storedFor(String recipient) {
        return stored.asFlux().filter(recipient::equals)
                .doOnSubscribe(subscription -> listening.merge(recipient, 1, Integer::sum))
                .doFinally(signal -> listening.computeIfPresent(recipient, (member, streams) -> streams == 1 ? null : streams - 1));
    }

    Set<String> listening() {
        return Set.copyOf(listening.keySet());
    }
}
