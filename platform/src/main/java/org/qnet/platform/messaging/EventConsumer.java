package org.qnet.platform.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.qnet.contracts.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import reactor.core.publisher.Mono;

/**
 * A Spring Cloud Stream consumer for one topic: reads the CloudEvents envelope, dispatches on
 * {@code ce_type} to the handler registered for it, and lets the {@link Inbox} drop duplicates. Event
 * types it has no handler for are skipped, so producers can add types without breaking consumers.
 *
 * <p>It blocks the binder's listener thread until the effect is stored: that is what lets the binder
 * retry and dead-letter a failure and commit the offset only after success.
 */
public final class EventConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);
    private static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Inbox inbox;
    private final Map<String, Registered<?>> handlers;

    private EventConsumer(String name, Inbox inbox, Map<String, Registered<?>> handlers) {
        this.name = name;
        this.inbox = inbox;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder named(String consumer, Inbox inbox) {
        return new Builder(consumer, inbox);
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventEnvelope envelope = EventEnvelope.from(message);
        Registered<?> registered = handlers.get(envelope.type());
        if (registered == null) {
            log.debug("{} skips event {} of type {}", name, envelope.id(), envelope.type());
            return;
        }
        Boolean ran = inbox.once(name, envelope, registered.apply(envelope).contextWrite(SourceEvent.of(envelope)))
                .block(EFFECT_TIMEOUT);
        if (Boolean.FALSE.equals(ran)) {
            log.info("{} dropped duplicate event {} of type {}", name, envelope.id(), envelope.type());
        }
    }

    /** Registers a handler per event type. */
    public static final class Builder {
        private final String name;
        private final Inbox inbox;
        private final Map<String, Registered<?>> handlers = new HashMap<>();

        private Builder(String name, Inbox inbox) {
            this.name = name;
            this.inbox = inbox;
        }

        public <T> Builder on(EventType type, Class<T> dataClass, EventHandler<T> handler) {
            handlers.put(type.ceType(), new Registered<>(dataClass, handler));
            return this;
        }

        public EventConsumer build() {
            return new EventConsumer(name, inbox, handlers);
        }
    }

    private record Registered<T>(Class<T> dataClass, EventHandler<T> handler) {
        Mono<Void> apply(EventEnvelope envelope) {
            T data;
            try {
                data = EventJson.MAPPER.readValue(envelope.data(), dataClass);
            } catch (JacksonException e) {
                throw new MalformedEventException("data of event " + envelope.id() + " does not read as "
                        + envelope.type() + ": " + e.getOriginalMessage(), e);
            }
            return handler.handle(envelope, data);
        }
    }
}
