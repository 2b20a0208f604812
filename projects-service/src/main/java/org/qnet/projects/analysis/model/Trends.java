package org.qnet.projects.analysis.model;

import java.util.ArrayList;
import java.util.List;

/** Maximal stretches of points each higher (or each lower) than the one before. */
final class Trends {

    private Trends() {
    }

    /**
     * In a run chart equal neighbours neither add to nor break a trend (Perla et al.): the repeated
     * value is counted once. A trend's first period is the last of any tie it starts from, and its
     * last period the first of any tie it ends on, so a trend that grows keeps its first period.
     */
    static List<Stretch> ignoringTies(double[] values) {
        return find(values, false);
    }

    /** On a Shewhart chart a point equal to the one before it ends the trend. */
    static List<Stretch> brokenByTies(double[] values) {
        return find(values, true);
    }

    private static List<Stretch> find(double[] values, boolean tiesBreak) {
        List<Stretch> trends = new ArrayList<>();
        if (values.length == 0) {
            return trends;
        }
        int first = 0;
        int last = 0;
        int latestEqualToLast = 0;
        int direction = 0;
        int points = 1;
        for (int i = 1; i < values.length; i++) {
            int step = Integer.signum(Double.compare(values[i], values[last]));
            if (step == 0) {
                if (tiesBreak) {
                    addIfMoving(trends, first, last, direction, points);
                    first = i;
                    last = i;
                    direction = 0;
                    points = 1;
                } else if (direction == 0) {
                    first = i;
                }
                latestEqualToLast = i;
            } else if (direction == 0 || step == direction) {
                direction = step;
                points++;
                last = i;
                latestEqualToLast = i;
            } else {
                trends.add(new Stretch(first, last, direction, points));
                first = latestEqualToLast;
                last = i;
                latestEqualToLast = i;
                direction = step;
                points = 2;
            }
        }
        addIfMoving(trends, first, last, direction, points);
        return trends;
    }

    private static void addIfMoving(List<Stretch> trends, int first, int last, int direction, int points) {
        if (direction != 0) {
            trends.add(new Stretch(first, last, direction, points));
        }
    }
}
