package org.qnet.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.qnet.contracts.EventType;
import tools.jackson.core.JacksonException;
import reactor.core.publisher.Mono;

/** The handler registered for each event type of a topic, and the effect it makes of an event. */
final class EventHandlers {

    private final Map<String, Registered<?>> byType;

    EventHandlers() {
        this(new HashMap<>());
    }

    private EventHandlers(Map<String, Registered<?>> byType) {
        this.byType = byType;
    }

    <T> void register(EventType type, Class<T> dataClass, EventHandler<T> handler) {
        byType.put(type.ceType(), new Registered<>(dataClass, handler));
    }

    /** The handlers registered so far, unchanged by later registrations. */
    EventHandlers copy() {
        return new EventHandlers(Map.copyOf(byType));
    }

    boolean handles(String ceType) {
        return byType.containsKey(ceType);
    }

    /** The effect of an event, running in its {@link SourceEvent}; empty for a type without a handler. */
    Optional<Mono<Void>> effectOf(EventEnvelope envelope) {
        return Optional.ofNullable(byType.get(envelope.type()))
                .map(registered -> registered.apply(envelope).contextWrite(SourceEvent.of(envelope)));
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
