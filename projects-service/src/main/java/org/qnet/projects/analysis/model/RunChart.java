package org.qnet.projects.analysis.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run chart rules after Perla, Provost and Murray, "The run chart: a simple analytical tool for
 * learning from variation in healthcare processes", BMJ Qual Saf 2011;20:46-51.
 */
final class RunChart {

    static final int SHIFT_POINTS = 6;
    static final int TREND_POINTS = 5;

    private RunChart() {
    }

    static Analysis analyse(ChartSettings settings, List<Observation> observations) {
        double median = median(observations.subList(0, settings.centreSpan(observations.size())));
        double[] centre = new double[observations.size()];
        Arrays.fill(centre, median);
        Sides sides = Sides.against(observations, centre);
        List<Stretch> runs = sides.runs();

        SignalCollector signals = new SignalCollector(settings, observations);
        if (settings.applies(Rule.SHIFT)) {
            runs.stream()
                    .filter(run -> run.points() >= SHIFT_POINTS)
                    .forEach(run -> signals.directional(Rule.SHIFT, run));
        }
        if (settings.applies(Rule.TREND)) {
            Trends.ignoringTies(values(observations)).stream()
                    .filter(trend -> trend.points() >= TREND_POINTS)
                    .forEach(trend -> signals.directional(Rule.TREND, trend));
        }
        RunsTest runsTest = runsTest(sides, runs);
        if (runsTest != null) {
            if (settings.applies(Rule.TOO_FEW_RUNS) && runsTest.runs() < runsTest.fewestExpected()) {
                signals.acrossAll(Rule.TOO_FEW_RUNS);
            }
            if (settings.applies(Rule.TOO_MANY_RUNS) && runsTest.runs() > runsTest.mostExpected()) {
                signals.acrossAll(Rule.TOO_MANY_RUNS);
            }
        }

        List<ChartPoint> points = new ArrayList<>();
        for (Observation observation : observations) {
            points.add(new ChartPoint(observation, median, null, null));
        }
        return new Analysis(settings, points, signals.found(), runsTest);
    }

    private static RunsTest runsTest(Sides sides, List<Stretch> runs) {
        int useful = sides.usefulObservations();
        if (useful < RunsDistribution.MINIMUM_USEFUL_OBSERVATIONS) {
            return null;
        }
        RunsDistribution.RunsRange expected = RunsDistribution.expectedRuns(useful);
        return new RunsTest(useful, runs.size(), expected.fewest(), expected.most());
    }

    static double median(List<Observation> observations) {
        double[] sorted = values(observations);
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double[] values(List<Observation> observations) {
        return observations.stream().mapToDouble(Observation::value).toArray();
    }
}
