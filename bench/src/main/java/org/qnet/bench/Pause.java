package org.qnet.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in a benchmark's own thread, where an interruption ends the run. */
final class Pause {

    private Pause() {
    }

    static void of(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void of(Duration duration) {
        of(duration.toMillis());
    }

    /** Waits until {@code done} holds, looking every 50 ms, or until {@code atMost} has passed. */
    static void until(BooleanSupplier done, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            of(50);
        }
    }
}
