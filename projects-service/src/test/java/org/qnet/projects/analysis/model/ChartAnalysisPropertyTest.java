package org.qnet.projects.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the rule engine over generated series, small integers so ties and median points are common. */
class ChartAnalysisPropertyTest {

    @Property
    void reversing_a_series_mirrors_its_run_chart_trends(@ForAll("series") double[] values) {
        double[] reversed = reversed(values);
        int last = values.length - 1;

        List<Stretch> mirrored = Trends.ignoringTies(values).stream()
                .map(trend -> new Stretch(last - trend.last(), last - trend.first(), -trend.direction(), trend.points()))
                .toList();

        assertThat(Trends.ignoringTies(reversed)).containsExactlyInAnyOrderElementsOf(mirrored);
    }

    @Property
    void reversing_a_series_mirrors_its_shewhart_trends(@ForAll("series") double[] values) {
        int last = values.length - 1;

        List<Stretch> mirrored = Trends.brokenByTies(values).stream()
                .map(trend -> new Stretch(last - trend.last(), last - trend.first(), -trend.direction(), trend.points()))
                .toList();

        assertThat(Trends.brokenByTies(reversed(values))).containsExactlyInAnyOrderElementsOf(mirrored);
    }

    @Property
    void turning_a_series_upside_down_swaps_improvement_and_deterioration(
            @ForAll("series") double[] values, @ForAll("shewhartOrRun") ChartType type) {
        ChartSettings settings = ChartSettings.of(type, Improvement.INCREASE);
        double[] negated = Arrays.stream(values).map(value -> -value).toArray();

        List<Signal> expected = ChartAnalysis.analyse(settings, Series.weekly(values)).signals().stream()
                .map(signal -> new Signal(signal.rule(), opposite(signal.direction()), signal.periods()))
                .toList();

        assertThat(ChartAnalysis.analyse(settings, Series.weekly(negated)).signals())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void calling_lower_better_swaps_every_directional_signal(
            @ForAll("series") double[] values, @ForAll("shewhartOrRun") ChartType type) {
        List<Signal> higherBetter = ChartAnalysis.analyse(ChartSettings.of(type, Improvement.INCREASE),
                Series.weekly(values)).signals();
        List<Signal> lowerBetter = ChartAnalysis.analyse(ChartSettings.of(type, Improvement.DECREASE),
                Series.weekly(values)).signals();

        assertThat(lowerBetter).containsExactlyElementsOf(higherBetter.stream()
                .map(signal -> new Signal(signal.rule(), opposite(signal.direction()), signal.periods())).toList());
    }

    @Property
    void adding_a_constant_leaves_run_chart_signals_unchanged(
            @ForAll("series") double[] values, @ForAll @IntRange(min = -50, max = 50) int constant) {
        ChartSettings settings = ChartSettings.of(ChartType.RUN, Improvement.INCREASE);
        double[] moved = Arrays.stream(values).map(value -> value + constant).toArray();

        assertThat(ChartAnalysis.analyse(settings, Series.weekly(moved)).signals())
                .isEqualTo(ChartAnalysis.analyse(settings, Series.weekly(values)).signals());
    }

    @Property
    void run_count_is_one_more_than_the_changes_of_side(@ForAll("series") double[] values) {
        Analysis analysis = ChartAnalysis.analyse(ChartSettings.of(ChartType.RUN, Improvement.INCREASE),
                Series.weekly(values));
        double median = analysis.centre().orElseThrow();
        int[] sides = Arrays.stream(values).filter(value -> value != median)
                .mapToInt(value -> value > median ? 1 : -1).toArray();
        int runs = 1;
        for (int i = 1; i < sides.length; i++) {
            runs += sides[i] != sides[i - 1] ? 1 : 0;
        }
        int expectedRuns = runs;

        assertThat(analysis.runsTest()).hasValueSatisfying(test -> {
            assertThat(test.usefulObservations()).isEqualTo(sides.length);
            assertThat(test.runs()).isEqualTo(expectedRuns);
        });
    }

    @Property
    void every_signal_spans_consecutive_periods_of_the_series(
            @ForAll("series") double[] values, @ForAll("shewhartOrRun") ChartType type) {
        List<Observation> observations = Series.weekly(values);
        List<LocalDate> periods = observations.stream().map(Observation::period).toList();

        for (Signal signal : ChartAnalysis.analyse(ChartSettings.of(type, Improvement.INCREASE), observations).signals()) {
            int first = periods.indexOf(signal.firstPeriod());
            assertThat(signal.periods()).isEqualTo(periods.subList(first, first + signal.periods().size()));
        }
    }

    @Property
    void p_chart_limits_stay_between_zero_and_one(@ForAll("proportions") long[][] counts) {
        Analysis analysis = ChartAnalysis.analyse(ChartSettings.of(ChartType.P, Improvement.DECREASE),
                Series.proportions(counts[0], counts[1]));

        assertThat(analysis.points()).allSatisfy(point -> {
            assertThat(point.lower()).isBetween(0.0, point.centre());
            assertThat(point.upper()).isBetween(point.centre(), 1.0);
        });
    }

    @Property
    void arrangements_by_runs_add_up_to_every_arrangement(@ForAll @IntRange(min = 2, max = 300) int useful) {
        int below = useful / 2;
        BigInteger total = Arrays.stream(RunsDistribution.arrangementsByRuns(below, useful - below))
                .reduce(BigInteger.ZERO, BigInteger::add);

        assertThat(total).isEqualTo(RunsDistribution.binomial(useful, below));
    }

    @Property
    void expected_runs_straddle_the_mean_number_of_runs(@ForAll @IntRange(min = 10, max = 400) int useful) {
        double mean = 1 + 2.0 * (useful / 2) * (useful - useful / 2) / useful;
        RunsDistribution.RunsRange range = RunsDistribution.expectedRuns(useful);

        assertThat((double) range.fewest()).isLessThan(mean);
        assertThat((double) range.most()).isGreaterThan(mean);
    }

    @Provide
    Arbitrary<double[]> series() {
        return Arbitraries.integers().between(0, 12).list().ofMinSize(10).ofMaxSize(60)
                .filter(values -> values.stream().distinct().count() > 1)
                .map(values -> values.stream().mapToDouble(Integer::doubleValue).toArray())
                .filter(values -> usefulAtLeastTen(values));
    }

    @Provide
    Arbitrary<ChartType> shewhartOrRun() {
        return Arbitraries.of(ChartType.RUN, ChartType.XMR);
    }

    @Provide
    Arbitrary<long[][]> proportions() {
        return Arbitraries.integers().between(1, 200).list().ofMinSize(1).ofMaxSize(40).flatMap(denominators ->
                Arbitraries.doubles().between(0, 1).list().ofSize(denominators.size()).map(shares -> {
                    long[][] counts = new long[2][denominators.size()];
                    for (int i = 0; i < denominators.size(); i++) {
                        counts[1][i] = denominators.get(i);
                        counts[0][i] = Math.round(shares.get(i) * denominators.get(i));
                    }
                    return counts;
                }));
    }

    private static boolean usefulAtLeastTen(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Arrays.stream(values).filter(value -> value != median).count() >= 10;
    }

    private static double[] reversed(double[] values) {
        double[] reversed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            reversed[i] = values[values.length - 1 - i];
        }
        return reversed;
    }

    private static SignalDirection opposite(SignalDirection direction) {
        return switch (direction) {
            case IMPROVEMENT -> SignalDirection.DETERIORATION;
            case DETERIORATION -> SignalDirection.IMPROVEMENT;
            case NEUTRAL -> SignalDirection.NEUTRAL;
        };
    }
}
