package org.qnet.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * A Spring Cloud Stream consumer of a binding in batch mode: a poll's records arrive together and are
 * handled in order, as {@link EventConsumer} handles one, but the inbox is read once for the batch, the
 * effects may leave like writes to the end of the batch ({@link BatchedEffects}), and the handled events
 * are recorded in one write after those. A few store round trips per batch so replace a few per event.
 *
 * <p>A record that fails is reported by its index after everything before it is complete and recorded,
 * so the container's error handler commits what came before, retries that record, and dead-letters
 * only it once retries are spent ({@link BatchDeadLetters}). A failure to complete the batch fails
 * it whole; the inbox and the effects' own keys make the retry harmless.
 */
public final class EventBatchConsumer implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(EventBatchConsumer.class);

    private final String name;
    private final Inbox inbox;
    private final EventHandlers handlers;
    private final BatchedEffects effects;

    EventBatchConsumer(String name, Inbox inbox, EventHandlers handlers, BatchedEffects effects) {
        this.name = name;
        this.inbox = inbox;
        this.handlers = handlers;
        this.effects = effects;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<EventEnvelope> readable = new ArrayList<>();
        MalformedEventException unreadable = null;
        for (int index = 0; index < batch.getPayload().size() && unreadable == null; index++) {
            try {
                readable.add(EventEnvelope.fromBatch(batch, index));
            } catch (MalformedEventException e) {
                unreadable = e;
            }
        }
        // Only events it has a handler for are asked after: a poll of types this consumer skips reads nothing.
        Set<String> seen = inbox.handledAmong(name, readable.stream()
                        .filter(envelope -> handlers.handles(envelope.type())).map(EventEnvelope::id).toList())
                .block(EventConsumer.EFFECT_TIMEOUT);
        ContextView scope = effects.open();
        List<EventEnvelope> handled = new ArrayList<>();
        for (int index = 0; index < readable.size(); index++) {
            EventEnvelope envelope = readable.get(index);
            if (!seen.add(envelope.id())) {
                log.info("{} dropped duplicate event {} of type {}", name, envelope.id(), envelope.type());
                continue;
            }
            try {
                Optional<Mono<Void>> effect = handlers.effectOf(envelope);
                if (effect.isEmpty()) {
                    log.debug("{} skips event {} of type {}", name, envelope.id(), envelope.type());
                    continue;
                }
                effect.get().contextWrite(scope).block(EventConsumer.EFFECT_TIMEOUT);
            } catch (RuntimeException failure) {
                complete(scope, handled);
                throw new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, index);
            }
            handled.add(envelope);
        }
        complete(scope, handled);
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, readable.size());
        }
    }

    private void complete(ContextView scope, List<EventEnvelope> handled) {
        effects.complete(scope).then(inbox.recordAll(name, handled)).block(EventConsumer.EFFECT_TIMEOUT);
    }
}
