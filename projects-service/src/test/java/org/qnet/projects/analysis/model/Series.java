package org.qnet.projects.analysis.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Weekly series for the rule tests, starting on a Monday. */
final class Series {

    static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);

    private Series() {
    }

    static List<Observation> weekly(double... values) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            observations.add(Observation.of(week(i), values[i]));
        }
        return observations;
    }

    static List<Observation> proportions(long[] numerators, long[] denominators) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            observations.add(Observation.proportion(week(i), numerators[i], denominators[i]));
        }
        return observations;
    }

    static LocalDate week(int index) {
        return FIRST_WEEK.plusWeeks(index);
    }

    static List<LocalDate> weeks(int first, int last) {
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            weeks.add(week(i));
        }
        return weeks;
    }

    static double[] concat(double[]... parts) {
        int length = 0;
        for (double[] part : parts) {
            length += part.length;
        }
        double[] all = new double[length];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static double[] repeat(double value, int times) {
        double[] repeated = new double[times];
        Arrays.fill(repeated, value);
        return repeated;
    }

    static List<Signal> by(Analysis analysis, Rule rule) {
        return analysis.signals().stream().filter(signal -> signal.rule() == rule).toList();
    }
}
