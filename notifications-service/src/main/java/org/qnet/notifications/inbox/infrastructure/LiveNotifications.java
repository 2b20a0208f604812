package org.qnet.notifications.inbox.infrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qnet.notifications.inbox.model.Notification;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Wakes this instance's live streams the moment a notification is stored for their member, so a
 * stream need not look at the database on a timer of its own. This instance's own writes wake with
 * the notification just stored, which a stream sends as it is when it comes next; {@link StoredElsewhere}
 * wakes with word to look for what other instances stored.
 *
 * <p>Each member with a stream open has a channel of their own, so storing a notification wakes
 * that member's streams only, however many streams this instance holds.
 */
@Component
public class LiveNotifications {

    /** Members with a stream open here: their channel, and how many streams listen (two tabs, say). */
    private final Map<String, Listeners> listening = new ConcurrentHashMap<>();

    /**
     * What wakes a stream: a notification this instance has just stored, or, when {@code stored} is
     * null, only word that the member's inbox has something new to read.
     */
    public record Wake(Notification stored) {

        public static Wake toLook() {
            return new Wake(null);
        }

        /** Whether what woke the stream is the next notification after the last one it sent. */
        public boolean follows(long lastSent) {
            return stored != null && stored.position() == lastSent + 1;
        }

        /** Whether what woke the stream was sent already, by a read that found it first. */
        public boolean sentBefore(long lastSent) {
            return stored != null && stored.position() <= lastSent;
        }
    }

    /** Wakes the recipient's streams with a notification this instance has just stored, in position order. */
    void stored(Notification notification) {
        wake(notification.recipient(), new Wake(notification));
    }

    /** Wakes the member's streams to read their inbox. */
    void look(String member) {
        wake(member, Wake.toLook());
    }

    private void wake(String member, Wake wake) {
        Listeners listeners = listening.get(member);
        if (listeners != null) {
            listeners.channel().emitNext(wake, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
        }
    }

    /** What wakes one member's stream, for as long as it is open. */
    public Flux<Wake> wakesFor(String member) {
        return Flux.defer(() -> listening.compute(member, (key, listeners) ->
                                listeners == null ? Listeners.first() : listeners.plusOne())
                        .channel().asFlux())
                .doFinally(signal -> listening.computeIfPresent(member, (key, listeners) -> listeners.lessOne()));
    }

    Set<String> listening() {
        return Set.copyOf(listening.keySet());
    }

    private record Listeners(Sinks.Many<Wake> channel, int streams) {

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
