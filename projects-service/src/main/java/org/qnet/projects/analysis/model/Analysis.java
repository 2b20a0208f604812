package org.qnet.projects.analysis.model;

import java.util.List;
import java.util.Optional;

/**
 * A measure's chart read by its rules: every point with its centre line and limits, the signals
 * found, and for a run chart with enough useful observations the runs test.
 */
public record Analysis(ChartSettings settings, List<ChartPoint> points, List<Signal> signals, RunsTest runs) {

    public Analysis {
        points = List.copyOf(points);
        signals = List.copyOf(signals);
    }

    public Optional<RunsTest> runsTest() {
        return Optional.ofNullable(runs);
    }

    /** The centre line where it is one value for the whole chart (it always is: limits vary, P's centre does not). */
    public Optional<Double> centre() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(0).centre());
    }

    /** The points that the baseline is made of, or all of them. */
    public int baselineSize() {
        return settings.centreSpan(points.size());
    }
}
