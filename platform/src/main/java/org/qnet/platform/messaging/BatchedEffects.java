package org.qnet.platform.messaging;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Work the effects of a batch of events may leave to the end of the batch, so that many events' like
 * writes become one. The effects of a batch run in the context {@link #open()} gives; {@link #complete}
 * does what they left, before the batch's events are recorded as handled.
 */
public interface BatchedEffects {

    /** Nothing is left to the end of a batch: each effect is complete when it ends. */
    BatchedEffects NONE = new BatchedEffects() {
        @Override
        public Context open() {
            return Context.empty();
        }

        @Override
        public Mono<Void> complete(ContextView batch) {
            return Mono.empty();
        }
    };

    /** A fresh context for one batch's effects. */
    Context open();

    /** Does what the batch's effects left in {@code batch}. */
    Mono<Void> complete(ContextView batch);
}
