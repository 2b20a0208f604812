package org.qnet.platform.messaging;

import reactor.core.publisher.Mono;

/** What a consumer does with one event's data. Its effect must be idempotent by its own keys where it can. */
@FunctionalInterface
public interface EventHandler<T> {

    Mono<Void> handle(EventEnvelope envelope, T data);
}
