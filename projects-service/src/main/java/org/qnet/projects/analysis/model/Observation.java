package org.qnet.projects.analysis.model;

import java.time.LocalDate;

/**
 * One plotted point: the value recorded for a period. For a P chart the value is the proportion
 * numerator / denominator and the denominator sets that point's own limits.
 */
public record Observation(LocalDate period, double value, long numerator, long denominator) {

    public static Observation of(LocalDate period, double value) {
        return new Observation(period, value, 0, 0);
    }

    public static Observation proportion(LocalDate period, long numerator, long denominator) {
        return new Observation(period, (double) numerator / denominator, numerator, denominator);
    }
}
