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

    /** A fresh context for one batch's effects. */
    Context open();

    /** Does what the batch's effects left in {@code batch}. */
    Mono<Void> complete(ContextView batch);

    /**
     * These effects and {@code next} in one batch, completed in that order: what {@code next} completes
     * with may read what these wrote.
     */
    default BatchedEffects andThen(BatchedEffects next) {
        BatchedEffects first = this;
        return new BatchedEffects() {
            @Override
            public Context open() {
                return first.open().putAll(next.open());
            }

            @Override
            public Mono<Void> complete(ContextView batch) {
                return first.complete(batch).then(Mono.defer(() -> next.complete(batch)));
            }
        };
    }
}
