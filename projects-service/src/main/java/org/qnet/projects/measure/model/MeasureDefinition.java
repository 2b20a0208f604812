package org.qnet.projects.measure.model;

import org.qnet.projects.analysis.model.ChartSettings;

/**
 * What a measure is and how it is read: name, operational definition, unit, kind, goal, and its
 * chart (type, the direction that counts as improvement, rules, baseline).
 */
public record MeasureDefinition(String name, String definition, String unit, MeasureKind kind, Double goal,
                                ChartSettings chart) {

    public boolean hasBaseline() {
        return chart.baselinePoints() > 0;
    }
}
