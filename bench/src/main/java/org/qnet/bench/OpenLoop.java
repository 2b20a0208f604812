package org.qnet.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Sends at a fixed rate whatever the system answers, each send given the time it was due: a slow
 * answer does not hold back the next send, so latency is not under-counted (no coordinated omission).
 * {@code send} must not block.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** Calls {@code send} with each send's due time ({@link System#nanoTime()}), {@code rate} times a second. */
    static void run(int rate, Duration duration, LongConsumer send) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long sends = duration.toSeconds() * rate;
        for (long i = 0; i < sends; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            send.accept(due);
        }
    }
}
