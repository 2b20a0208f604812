package org.qnet.projects.analysis.web;

import java.time.LocalDate;
import java.util.List;
import org.qnet.projects.analysis.model.Analysis;
import org.qnet.projects.analysis.model.ChartPoint;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.Rule;
import org.qnet.projects.analysis.model.RunsTest;
import org.qnet.projects.analysis.model.Signal;
import org.qnet.projects.measure.model.Measure;

/**
 * A measure's chart read by its rules: centre line, limits where they apply, every signal with its
 * rule, periods and direction, the runs test, and the PDSA cycles over the periods they cover.
 */
record AnalysisResponse(String measureId, String name, String unit, String chartType, String improvement,
                        List<String> rules, Double goal, Baseline baseline, Double centre, List<PointView> points,
                        List<SignalView> signals, RunsTest runsTest, List<CycleAnnotation> cycles) {

    record Baseline(int points, boolean complete) {
    }

    record PointView(LocalDate period, double value, Long numerator, Long denominator, double centre, Double lower,
                     Double upper, List<String> signals) {
    }

    record SignalView(String id, String rule, String direction, LocalDate firstPeriod, LocalDate lastPeriod,
                      List<LocalDate> periods) {
    }

    static AnalysisResponse of(Measure measure, Analysis analysis, List<CycleAnnotation> cycles) {
        ChartSettings chart = analysis.settings();
        int baselinePoints = chart.baselinePoints();
        List<PointView> points = analysis.points().stream().map(point -> view(point, analysis.signals())).toList();
        return new AnalysisResponse(measure.id(), measure.definition().name(), measure.definition().unit(),
                chart.type().code(), chart.improvement().code(),
                chart.rules().stream().sorted().map(Rule::code).toList(), measure.definition().goal(),
                baselinePoints == 0 ? null : new Baseline(baselinePoints, points.size() >= baselinePoints),
                analysis.centre().orElse(null), points,
                analysis.signals().stream().map(s -> new SignalView(s.key(), s.rule().code(), s.direction().code(),
                        s.firstPeriod(), s.lastPeriod(), s.periods())).toList(),
                analysis.runsTest().orElse(null), cycles);
    }

    private static PointView view(ChartPoint point, List<Signal> signals) {
        var observation = point.observation();
        boolean proportion = observation.denominator() > 0;
        return new PointView(observation.period(), observation.value(),
                proportion ? observation.numerator() : null, proportion ? observation.denominator() : null,
                point.centre(), point.lower(), point.upper(),
                signals.stream().filter(s -> s.periods().contains(observation.period()))
                        .map(s -> s.rule().code()).distinct().toList());
    }
}
