package org.qnet.projects.analysis.model;

/**
 * A point as charted: the observation with the centre line at its period and, on a Shewhart
 * chart, its lower and upper control limits (null on a run chart, which has none).
 */
public record ChartPoint(Observation observation, double centre, Double lower, Double upper) {
}
