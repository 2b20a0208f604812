package org.qnet.platform.messaging;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.qnet.contracts.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * A Spring Cloud Stream consumer for one topic: reads the CloudEvents envelope, dispatches on
 * {@code ce_type} to the handler registered for it, and lets the {@link Inbox} drop duplicates. Event
 * types it has no handler for are skipped, so producers can add types without breaking consumers.
 *
 * <p>It blocks the binder's listener thread until the effect is stored: that is what lets the binder
 * retry and dead-letter a failure and commit the offset only after success. A topic whose effects gain
 * from being taken a poll at a time is read by an {@link EventBatchConsumer} instead.
 */
public final class EventConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);
    static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Inbox inbox;
    private final EventHandlers handlers;

    private EventConsumer(String name, Inbox inbox, EventHandlers handlers) {
        this.name = name;
        this.inbox = inbox;
        this.handlers = handlers;
    }

    public static Builder named(String consumer, Inbox inbox) {
        return new Builder(consumer, inbox);
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventEnvelope envelope = EventEnvelope.from(message);
        Optional<Mono<Void>> effect = handlers.effectOf(envelope);
        if (effect.isEmpty()) {
            log.debug("{} skips event {} of type {}", name, envelope.id(), envelope.type());
            return;
        }
        Boolean ran = inbox.once(name, envelope, effect.get()).block(EFFECT_TIMEOUT);
        if (Boolean.FALSE.equals(ran)) {
            log.info("{} dropped duplicate event {} of type {}", name, envelope.id(), envelope.type());
        }
    }

    /** Whether an event of this {@code ce_type} has a handler here; others are skipped. */
    boolean handles(String ceType) {
        return handlers.handles(ceType);
    }

    /** Registers a handler per event type. */
    public static final class Builder {
        private final String name;
        private final Inbox inbox;
        private final EventHandlers handlers = new EventHandlers();

        private Builder(String name, Inbox inbox) {
            this.name = name;
            this.inbox = inbox;
        }

        public <T> Builder on(EventType type, Class<T> dataClass, EventHandler<T> handler) {
            handlers.register(type, dataClass, handler);
            return this;
        }

        public EventConsumer build() {
            return new EventConsumer(name, inbox, handlers.copy());
        }

        /** A consumer of a binding in batch mode, whose effects may leave like writes to {@code effects}. */
        public EventBatchConsumer buildForBatches(BatchedEffects effects) {
            return new EventBatchConsumer(name, inbox, handlers.copy(), effects);
        }
    }
}
