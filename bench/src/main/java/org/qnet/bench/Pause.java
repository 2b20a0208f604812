package org.qnet.bench;

import java.time.Duration;

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
}
