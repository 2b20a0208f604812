package org.qnet.projects.measure.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.ChartType;
import org.qnet.projects.analysis.model.Improvement;
import org.qnet.projects.analysis.model.Rule;
import org.qnet.projects.measure.model.DataPoint;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.measure.model.MeasureDefinition;
import org.qnet.projects.measure.model.MeasureKind;
import org.springframework.data.annotation.Id;

/**
 * How a measure is stored: its definition, its points embedded in period order (a measure's history
 * is small: ten years of weekly data is 520 points) and the signals already announced, so that
 * recording, reading the chart again and announcing are one conditional write. Periods are ISO dates
 * as text, free of any time zone.
 */
record MeasureDocument(@Id String id, String projectId, String name, String definition, String unit, String kind,
                       String improvement, String chartType, List<String> rules, Double goal, int baselinePoints,
                       List<StoredPoint> points, Set<String> announcedSignals, Instant definedAt, long version,
                       List<OutboxEvent> outbox) {

    record StoredPoint(String period, Double value, Long numerator, Long denominator) {

        static StoredPoint of(DataPoint point) {
            return new StoredPoint(point.period().toString(), point.value(), point.numerator(), point.denominator());
        }

        DataPoint toPoint() {
            return new DataPoint(LocalDate.parse(period), value, numerator, denominator);
        }
    }

    static MeasureDocument of(Measure m, List<OutboxEvent> pending) {
        MeasureDefinition d = m.definition();
        ChartSettings chart = d.chart();
        return new MeasureDocument(m.id(), m.projectId(), d.name(), d.definition(), d.unit(), d.kind().name(),
                chart.improvement().name(), chart.type().name(), rules(chart), d.goal(), chart.baselinePoints(),
                points(m), m.announcedSignals(), m.definedAt(), m.version(), pending);
    }

    static List<String> rules(ChartSettings chart) {
        return chart.rules().stream().map(Rule::name).sorted().toList();
    }

    static List<StoredPoint> points(Measure m) {
        return m.points().stream().map(StoredPoint::of).toList();
    }

    Measure toMeasure() {
        ChartSettings chart = new ChartSettings(ChartType.valueOf(chartType), Improvement.valueOf(improvement),
                rules.stream().map(Rule::valueOf).collect(Collectors.toSet()), baselinePoints);
        return new Measure(id, projectId, new MeasureDefinition(name, definition, unit, MeasureKind.valueOf(kind), goal,
                chart), points == null ? List.of() : points.stream().map(StoredPoint::toPoint).toList(),
                announcedSignals == null ? Set.of() : announcedSignals, definedAt, version);
    }
}
