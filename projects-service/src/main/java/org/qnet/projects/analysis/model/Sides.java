package org.qnet.projects.analysis.model;

import java.util.ArrayList;
import java.util.List;

/** Where each point lies against the centre line, and the runs of points on one side. */
final class Sides {

    private final int[] sides;

    private Sides(int[] sides) {
        this.sides = sides;
    }

    static Sides against(List<Observation> observations, double[] centre) {
        int[] sides = new int[observations.size()];
        for (int i = 0; i < sides.length; i++) {
            sides[i] = Double.compare(observations.get(i).value(), centre[i]);
            sides[i] = Integer.signum(sides[i]);
        }
        return new Sides(sides);
    }

    /** Points on the centre line are not useful observations: they fall on neither side. */
    int usefulObservations() {
        int useful = 0;
        for (int side : sides) {
            if (side != 0) {
                useful++;
            }
        }
        return useful;
    }

    /**
     * Maximal runs of points on one side. A point on the centre line neither adds to a run nor
     * breaks it; it lies inside the stretch it interrupts.
     */
    List<Stretch> runs() {
        List<Stretch> runs = new ArrayList<>();
        int side = 0;
        int first = 0;
        int last = 0;
        int points = 0;
        for (int i = 0; i < sides.length; i++) {
            if (sides[i] == 0) {
                continue;
            }
            if (sides[i] == side) {
                points++;
                last = i;
            } else {
                if (side != 0) {
                    runs.add(new Stretch(first, last, side, points));
                }
                side = sides[i];
                first = i;
                last = i;
                points = 1;
            }
        }
        if (side != 0) {
            runs.add(new Stretch(first, last, side, points));
        }
        return runs;
    }
}
