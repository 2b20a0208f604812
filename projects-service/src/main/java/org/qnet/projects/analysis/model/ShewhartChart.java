package org.qnet.projects.analysis.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shewhart charts for special-cause variation: XmR for measurements and P for proportions, with
 * the rules of Provost and Murray, The Health Care Data Guide (2011). A point exactly on the centre
 * line neither adds to nor breaks a run on one side, as on a run chart.
 */
final class ShewhartChart {

    /** Limits are the mean plus or minus this many average moving ranges (3 / d2, d2 = 1.128). */
    static final double XMR_LIMIT_FACTOR = 2.66;
    /** Estimates sigma from the average moving range of two consecutive points. */
    static final double D2 = 1.128;
    static final int ONE_SIDE_POINTS = 8;
    static final int TRENDING_POINTS = 6;
    static final int WITHIN_ONE_SIGMA_POINTS = 15;

    private ShewhartChart() {
    }

    static Analysis xmr(ChartSettings settings, List<Observation> observations) {
        List<Observation> baseline = observations.subList(0, settings.centreSpan(observations.size()));
        double mean = baseline.stream().mapToDouble(Observation::value).average().orElse(0);
        double averageMovingRange = averageMovingRange(baseline);
        double[] centre = filled(observations.size(), mean);
        double[] sigma = filled(observations.size(), averageMovingRange / D2);
        double[] lower = filled(observations.size(), mean - XMR_LIMIT_FACTOR * averageMovingRange);
        double[] upper = filled(observations.size(), mean + XMR_LIMIT_FACTOR * averageMovingRange);
        return analyse(settings, observations, centre, sigma, lower, upper);
    }

    static Analysis p(ChartSettings settings, List<Observation> observations) {
        List<Observation> baseline = observations.subList(0, settings.centreSpan(observations.size()));
        long numerators = baseline.stream().mapToLong(Observation::numerator).sum();
        long denominators = baseline.stream().mapToLong(Observation::denominator).sum();
        double proportion = denominators == 0 ? 0 : (double) numerators / denominators;
        int size = observations.size();
        double[] centre = filled(size, proportion);
        double[] sigma = new double[size];
        double[] lower = new double[size];
        double[] upper = new double[size];
        for (int i = 0; i < size; i++) {
            sigma[i] = Math.sqrt(proportion * (1 - proportion) / observations.get(i).denominator());
            lower[i] = Math.max(0, proportion - 3 * sigma[i]);
            upper[i] = Math.min(1, proportion + 3 * sigma[i]);
        }
        return analyse(settings, observations, centre, sigma, lower, upper);
    }

    private static Analysis analyse(ChartSettings settings, List<Observation> observations, double[] centre,
            double[] sigma, double[] lower, double[] upper) {
        SignalCollector signals = new SignalCollector(settings, observations);
        double[] values = RunChart.values(observations);
        if (settings.applies(Rule.OUTSIDE_LIMITS)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] > upper[i] || values[i] < lower[i]) {
                    signals.directional(Rule.OUTSIDE_LIMITS, new Stretch(i, i, values[i] > upper[i] ? 1 : -1, 1));
                }
            }
        }
        if (settings.applies(Rule.EIGHT_ON_ONE_SIDE)) {
            Sides.against(observations, centre).runs().stream()
                    .filter(run -> run.points() >= ONE_SIDE_POINTS)
                    .forEach(run -> signals.directional(Rule.EIGHT_ON_ONE_SIDE, run));
        }
        if (settings.applies(Rule.SIX_TRENDING)) {
            Trends.brokenByTies(values).stream()
                    .filter(trend -> trend.points() >= TRENDING_POINTS)
                    .forEach(trend -> signals.directional(Rule.SIX_TRENDING, trend));
        }
        if (settings.applies(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA)) {
            twoOfThreeBeyondTwoSigma(values, centre, sigma)
                    .forEach(stretch -> signals.directional(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, stretch));
        }
        if (settings.applies(Rule.FIFTEEN_WITHIN_ONE_SIGMA)) {
            withinOneSigma(values, centre, sigma).stream()
                    .filter(stretch -> stretch.points() >= WITHIN_ONE_SIGMA_POINTS)
                    .forEach(stretch -> signals.neutral(Rule.FIFTEEN_WITHIN_ONE_SIGMA, stretch));
        }
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartPoint(observations.get(i), centre[i], lower[i], upper[i]));
        }
        return new Analysis(settings, points, signals.found(), null);
    }

    /**
     * Windows of three consecutive points with at least two beyond two sigma on one side; windows
     * that overlap on the same side are one signal, spanning its first to its last such point.
     */
    static List<Stretch> twoOfThreeBeyondTwoSigma(double[] values, double[] centre, double[] sigma) {
        int[] zone = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double distance = values[i] - centre[i];
            zone[i] = sigma[i] > 0 && Math.abs(distance) > 2 * sigma[i] ? (int) Math.signum(distance) : 0;
        }
        List<Stretch> found = new ArrayList<>();
        int first = -1;
        int last = -1;
        int side = 0;
        for (int start = 0; start + 2 < values.length; start++) {
            for (int candidate : new int[] {1, -1}) {
                int beyond = 0;
                int windowFirst = -1;
                int windowLast = -1;
                for (int i = start; i < start + 3; i++) {
                    if (zone[i] == candidate) {
                        beyond++;
                        windowFirst = windowFirst < 0 ? i : windowFirst;
                        windowLast = i;
                    }
                }
                if (beyond < 2) {
                    continue;
                }
                if (side == candidate && windowFirst <= last) {
                    last = Math.max(last, windowLast);
                } else {
                    if (side != 0) {
                        found.add(new Stretch(first, last, side, countIn(zone, first, last, side)));
                    }
                    side = candidate;
                    first = windowFirst;
                    last = windowLast;
                }
            }
        }
        if (side != 0) {
            found.add(new Stretch(first, last, side, countIn(zone, first, last, side)));
        }
        return found;
    }

    private static int countIn(int[] zone, int first, int last, int side) {
        int count = 0;
        for (int i = first; i <= last; i++) {
            count += zone[i] == side ? 1 : 0;
        }
        return count;
    }

    private static List<Stretch> withinOneSigma(double[] values, double[] centre, double[] sigma) {
        List<Stretch> found = new ArrayList<>();
        int first = -1;
        for (int i = 0; i <= values.length; i++) {
            boolean within = i < values.length && Math.abs(values[i] - centre[i]) < sigma[i];
            if (within && first < 0) {
                first = i;
            } else if (!within && first >= 0) {
                found.add(new Stretch(first, i - 1, 0, i - first));
                first = -1;
            }
        }
        return found;
    }

    static double averageMovingRange(List<Observation> observations) {
        if (observations.size() < 2) {
            return 0;
        }
        double total = 0;
        for (int i = 1; i < observations.size(); i++) {
            total += Math.abs(observations.get(i).value() - observations.get(i - 1).value());
        }
        return total / (observations.size() - 1);
    }

    private static double[] filled(int size, double value) {
        double[] filled = new double[size];
        Arrays.fill(filled, value);
        return filled;
    }
}
