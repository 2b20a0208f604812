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
 *
 * <p>Each member with a stream open has a hint channel of their own, so storing a notification wakes
 * that member's streams only, however many streams this instance holds.
 */
@Component
public class LiveNotifications {

    /** Members with a stream open here: their channel, and how many streams listen (two tabs, say). */
    private final Map<String, Listeners> listening = new ConcurrentHashMap<>();

    void stored(String recipient) {
        Listeners listeners = listening.get(recipient);
        if (listeners != null) {
            listeners.channel().emitNext(recipient, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
        }
    }

    /** Hints for one member's stream, for as long as it is open. */
    public Flux<String> storedFor(String recipient) {
        return Flux.defer(() -> listening.compute(recipient, (member, listeners) ->
                                listeners == null ? Listeners.first() : listeners.plusOne())
                        .channel().asFlux())
                .doFinally(signal -> listening.computeIfPresent(recipient, (member, listeners) -> listeners.lessOne()));
    }

    Set<String> listening() {
        return Set.copyOf(listening.keySet());
    }

    private record Listeners(Sinks.Many<String> channel, int streams) {

        static Listeners first() {
            return new Listeners(Sinks.many().multicast().directBestEffort(), 1);
        }

        Listeners plusOne() {
            return new Listeners(channel, streams + 1);
        }

        /** Null when the last stream closed, which removes the member's channel. */
        Listeners lessOne() {
            return streams == 1 ? null : new Listeners(channel, streams - 1);
        }
    }
}
