package org.qnet.projects.analysis.model;

/**
 * Consecutive points, from index {@code first} to {@code last}, that move together: on one side of
 * the centre line, or all going one way. {@code direction} is +1 (above, rising) or -1 (below,
 * falling); {@code points} counts only the points the rule counts.
 */
record Stretch(int first, int last, int direction, int points) {

    boolean upwards() {
        return direction > 0;
    }
}
