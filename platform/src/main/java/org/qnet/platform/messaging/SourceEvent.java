package org.qnet.platform.messaging;

import java.time.Instant;
import java.util.Optional;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The event a consumer's effect is handling, carried in the Reactor context of that effect, so that
 * what the effect writes can tell how long after the event it happened (end-to-end latency) without
 * every handler passing the envelope along.
 */
public final class SourceEvent {

    private static final String KEY = SourceEvent.class.getName();

    private SourceEvent() {
    }

    static Context of(EventEnvelope envelope) {
        return Context.of(KEY, envelope);
    }

    /** When the event being handled happened, if an effect runs for one and it said. */
    public static Optional<Instant> time(ContextView context) {
        return context.<EventEnvelope>getOrEmpty(KEY).map(EventEnvelope::time);
    }
}
