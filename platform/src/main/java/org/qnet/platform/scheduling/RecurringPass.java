package org.qnet.platform.scheduling;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs a pass of work every interval while the service runs: one pass at a time, never overlapping,
 * a failed pass logged and the next one tried. What must happen once across instances is made so by
 * the pass itself (a claim in the database), not by this timer.
 */
public class RecurringPass implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecurringPass.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Mono<?>> pass;
    private volatile Disposable running;

    public RecurringPass(String name, Duration interval, Supplier<Mono<?>> pass) {
        this.name = name;
        this.interval = interval;
        this.pass = pass;
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval, Schedulers.newSingle(name, true))
                .onBackpressureDrop()
                .concatMap(tick -> pass.get().onErrorResume(failure -> {
                    log.warn("{} pass failed: {}", name, failure.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
