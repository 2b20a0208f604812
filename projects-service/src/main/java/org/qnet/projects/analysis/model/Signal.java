package org.qnet.projects.analysis.model;

import java.time.LocalDate;
import java.util.List;

/** A rule that fired over the periods it spans, and what it points to. */
public record Signal(Rule rule, SignalDirection direction, List<LocalDate> periods) {

    public Signal {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a signal spans at least one period");
        }
    }

    public LocalDate firstPeriod() {
        return periods.get(0);
    }

    public LocalDate lastPeriod() {
        return periods.get(periods.size() - 1);
    }

    /**
     * Identifies the signal across recalculations: a shift that grows by a point is the same shift,
     * so it is announced once.
     */
    public String key() {
        return rule.code() + ":" + direction.code() + ":" + firstPeriod();
    }
}
