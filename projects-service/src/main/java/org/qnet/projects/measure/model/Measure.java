package org.qnet.projects.measure.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.qnet.projects.analysis.model.Analysis;
import org.qnet.projects.analysis.model.ChartAnalysis;
import org.qnet.projects.analysis.model.Signal;

/**
 * A project's measure with its data, one point per period, and the keys of every signal already
 * announced. Recording data reads the chart again and tells which signals are new; a signal that
 * disappears after a correction stays announced, so it is never told twice.
 */
public record Measure(String id, String projectId, MeasureDefinition definition, List<DataPoint> points,
                      Set<String> announcedSignals, Instant definedAt, long version) {

    public static final int MAX_POINTS_PER_BATCH = 1000;

    public Measure {
        points = points.stream().sorted(Comparator.comparing(DataPoint::period)).toList();
        announcedSignals = Set.copyOf(announcedSignals);
    }

    public static Measure define(String id, String projectId, MeasureDefinition definition, Instant now) {
        return new Measure(id, projectId, definition, List.of(), Set.of(), now, 0);
    }

    public Analysis analysis() {
        return ChartAnalysis.analyse(definition.chart(), points.stream().map(DataPoint::observation).toList());
    }

    /**
     * A changed definition. The chart type decides how the recorded data are read, so it stays; a
     * baseline, once set, is frozen so that the limits it gave do not move under the team.
     */
    public Redefinition redefine(MeasureDefinition changed) {
        if (changed.chart().type() != definition.chart().type()) {
            return new Redefinition.Refused("chartType", "cannot change once the measure is defined; define a new measure");
        }
        if (definition.hasBaseline() && changed.chart().baselinePoints() != definition.chart().baselinePoints()) {
            return new Redefinition.Refused("baselinePoints", "is frozen once set");
        }
        return new Redefinition.Redefined(new Measure(id, projectId, changed, points, announcedSignals, definedAt, version));
    }

    /** Upserts points by period and reads the chart again. */
    public Recording record(List<DataPoint> recorded) {
        Map<LocalDate, DataPoint> byPeriod = new TreeMap<>();
        points.forEach(point -> byPeriod.put(point.period(), point));
        recorded.forEach(point -> byPeriod.put(point.period(), point));
        return reread(new ArrayList<>(byPeriod.values()));
    }

    /** Removes the point of a period, if there is one. */
    public Optional<Recording> remove(LocalDate period) {
        if (points.stream().noneMatch(point -> point.period().equals(period))) {
            return Optional.empty();
        }
        return Optional.of(reread(points.stream().filter(point -> !point.period().equals(period)).toList()));
    }

    private Recording reread(List<DataPoint> changedPoints) {
        Measure changed = new Measure(id, projectId, definition, changedPoints, announcedSignals, definedAt, version);
        List<Signal> newSignals = changed.analysis().signals().stream()
                .filter(signal -> !announcedSignals.contains(signal.key()))
                .toList();
        Set<String> announced = new LinkedHashSet<>(announcedSignals);
        newSignals.forEach(signal -> announced.add(signal.key()));
        return new Recording(new Measure(id, projectId, definition, changedPoints, announced, definedAt, version),
                newSignals);
    }

    /** The measure after recording, and the signals the new data made that were never announced. */
    public record Recording(Measure measure, List<Signal> newSignals) {
    }

    public sealed interface Redefinition {
        record Redefined(Measure measure) implements Redefinition {
        }

        record Refused(String field, String reason) implements Redefinition {
        }
    }
}
