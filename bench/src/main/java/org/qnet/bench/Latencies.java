package org.qnet.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Latencies of one run at one rate, recorded from many threads into an HdrHistogram. */
final class Latencies {

    record Summary(int rate, long count, long lost, double p50Millis, double p95Millis, double p99Millis,
                   double maxMillis) {
    }

    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toNanos(5), 3);

    void record(long dueNanos) {
        recorder.recordValue(Math.max(0, System.nanoTime() - dueNanos));
    }

    Summary summary(int rate, long sent) {
        Histogram histogram = recorder.getIntervalHistogram();
        return new Summary(rate, histogram.getTotalCount(), sent - histogram.getTotalCount(),
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(95)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getMaxValue()));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
