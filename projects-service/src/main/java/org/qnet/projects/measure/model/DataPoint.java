package org.qnet.projects.measure.model;

import java.time.LocalDate;
import java.util.Optional;
import org.qnet.projects.analysis.model.ChartType;
import org.qnet.projects.analysis.model.Observation;

/**
 * The value recorded for one period: a measurement, or for a proportion its numerator and
 * denominator. A period is the date its week, month or day starts on.
 */
public record DataPoint(LocalDate period, Double value, Long numerator, Long denominator) {

    public static DataPoint value(LocalDate period, double value) {
        return new DataPoint(period, value, null, null);
    }

    public static DataPoint proportion(LocalDate period, long numerator, long denominator) {
        return new DataPoint(period, null, numerator, denominator);
    }

    /** Why this point cannot be charted as {@code type}, if it cannot. */
    public Optional<String> problemFor(ChartType type) {
        if (type == ChartType.P) {
            if (numerator == null || denominator == null || value != null) {
                return Optional.of("a P chart records a numerator and a denominator, not a value");
            }
            if (denominator < 1 || numerator < 0 || numerator > denominator) {
                return Optional.of("needs 0 <= numerator <= denominator and a denominator of at least 1");
            }
            return Optional.empty();
        }
        if (value == null || numerator != null || denominator != null) {
            return Optional.of("a " + type.code() + " chart records a value, not a numerator and denominator");
        }
        if (value.isNaN() || value.isInfinite()) {
            return Optional.of("must be a finite number");
        }
        return Optional.empty();
    }

    public Observation observation() {
        return numerator != null ? Observation.proportion(period, numerator, denominator) : Observation.of(period, value);
    }
}
