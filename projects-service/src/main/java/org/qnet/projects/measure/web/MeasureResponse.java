package org.qnet.projects.measure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.Rule;
import org.qnet.projects.measure.model.DataPoint;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.measure.model.MeasureDefinition;

/** A measure's definition and how much data it holds; the data themselves are a separate resource. */
record MeasureResponse(String id, String projectId, String name, String definition, String unit, String kind,
                       String improvement, String chartType, List<String> rules, Double goal, Integer baselinePoints,
                       int points, LocalDate firstPeriod, LocalDate lastPeriod, Instant definedAt) {

    static MeasureResponse of(Measure m) {
        MeasureDefinition d = m.definition();
        ChartSettings chart = d.chart();
        List<DataPoint> points = m.points();
        return new MeasureResponse(m.id(), m.projectId(), d.name(), d.definition(), d.unit(), d.kind().code(),
                chart.improvement().code(), chart.type().code(), chart.rules().stream().sorted().map(Rule::code).toList(),
                d.goal(), chart.baselinePoints() == 0 ? null : chart.baselinePoints(), points.size(),
                points.isEmpty() ? null : points.get(0).period(),
                points.isEmpty() ? null : points.get(points.size() - 1).period(), m.definedAt());
    }
}
