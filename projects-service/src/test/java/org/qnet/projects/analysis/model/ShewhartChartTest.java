package org.qnet.projects.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qnet.projects.analysis.model.Series.by;
import static org.qnet.projects.analysis.model.Series.concat;
import static org.qnet.projects.analysis.model.Series.repeat;
import static org.qnet.projects.analysis.model.Series.weekly;
import static org.qnet.projects.analysis.model.Series.weeks;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShewhartChartTest {

    /**
     * Twelve baseline points: mean 11, average moving range 30/11, so limits 11 ± 7.2545, sigma
     * 2.4178, beyond two sigma above 15.836 and below 6.164; no baseline point is within one sigma.
     */
    private static final double[] BASELINE = {8, 8, 14, 14, 8, 8, 14, 14, 8, 8, 14, 14};
    private static final ChartSettings XMR = ChartSettings.of(ChartType.XMR, Improvement.INCREASE).withBaseline(12);

    private static Analysis xmr(double... afterBaseline) {
        return ChartAnalysis.analyse(XMR, weekly(concat(BASELINE, afterBaseline)));
    }

    @Nested
    class XmrLimits {

        @Test
        void limits_are_the_mean_plus_or_minus_two_point_six_six_average_moving_ranges() {
            ChartPoint point = xmr(11).points().get(12);

            assertThat(point.centre()).isEqualTo(11.0);
            assertThat(point.upper()).isCloseTo(11 + 2.66 * 30 / 11, within(1e-9));
            assertThat(point.lower()).isCloseTo(11 - 2.66 * 30 / 11, within(1e-9));
        }

        @Test
        void without_a_baseline_every_point_sets_the_limits() {
            Analysis analysis = ChartAnalysis.analyse(ChartSettings.of(ChartType.XMR, Improvement.INCREASE),
                    weekly(1, 3, 2, 6));

            assertThat(analysis.centre()).contains(3.0);
            assertThat(analysis.points().get(0).upper()).isCloseTo(3 + 2.66 * 7 / 3, within(1e-9));
        }
    }

    @Nested
    class OutsideLimits {

        @Test
        void a_point_above_the_upper_limit_is_a_signal() {
            assertThat(by(xmr(18.3), Rule.OUTSIDE_LIMITS)).containsExactly(
                    new Signal(Rule.OUTSIDE_LIMITS, SignalDirection.IMPROVEMENT, weeks(12, 12)));
        }

        @Test
        void a_point_just_inside_the_upper_limit_is_not() {
            assertThat(by(xmr(18.2), Rule.OUTSIDE_LIMITS)).isEmpty();
        }

        @Test
        void a_point_below_the_lower_limit_is_deterioration_when_higher_is_better() {
            assertThat(by(xmr(3.7), Rule.OUTSIDE_LIMITS)).extracting(Signal::direction)
                    .containsExactly(SignalDirection.DETERIORATION);
            assertThat(by(xmr(3.8), Rule.OUTSIDE_LIMITS)).isEmpty();
        }
    }

    @Nested
    class EightOnOneSide {

        @Test
        void eight_points_below_the_mean_are_a_signal() {
            assertThat(by(xmr(repeat(10, 8)), Rule.EIGHT_ON_ONE_SIDE)).containsExactly(
                    new Signal(Rule.EIGHT_ON_ONE_SIDE, SignalDirection.DETERIORATION, weeks(12, 19)));
        }

        @Test
        void seven_points_below_the_mean_are_not() {
            assertThat(by(xmr(concat(repeat(10, 7), new double[] {12})), Rule.EIGHT_ON_ONE_SIDE)).isEmpty();
        }

        @Test
        void a_point_on_the_mean_neither_adds_nor_breaks() {
            double[] fourOnTheMeanFour = concat(repeat(10, 4), new double[] {11}, repeat(10, 4));

            assertThat(by(xmr(fourOnTheMeanFour), Rule.EIGHT_ON_ONE_SIDE)).singleElement()
                    .satisfies(signal -> assertThat(signal.periods()).isEqualTo(weeks(12, 20)));
        }
    }

    @Nested
    class SixTrending {

        @Test
        void six_points_each_higher_than_the_last_are_a_signal() {
            assertThat(by(xmr(9, 10, 11, 12, 13, 13.5), Rule.SIX_TRENDING)).containsExactly(
                    new Signal(Rule.SIX_TRENDING, SignalDirection.IMPROVEMENT, weeks(12, 17)));
        }

        @Test
        void five_points_each_higher_are_not() {
            assertThat(by(xmr(9, 10, 11, 12, 13, 12.5), Rule.SIX_TRENDING)).isEmpty();
        }

        @Test
        void an_equal_neighbour_breaks_the_trend() {
            assertThat(by(xmr(9, 10, 11, 11, 12, 13, 13.5), Rule.SIX_TRENDING)).isEmpty();
        }

        @Test
        void six_points_each_lower_are_improvement_when_lower_is_better() {
            ChartSettings lowerIsBetter = ChartSettings.of(ChartType.XMR, Improvement.DECREASE).withBaseline(12);
            Analysis analysis = ChartAnalysis.analyse(lowerIsBetter, weekly(concat(BASELINE,
                    new double[] {13.5, 13, 12, 11, 10, 9})));

            assertThat(by(analysis, Rule.SIX_TRENDING)).extracting(Signal::direction)
                    .containsExactly(SignalDirection.IMPROVEMENT);
        }
    }

    @Nested
    class TwoOfThreeBeyondTwoSigma {

        @Test
        void two_of_three_points_beyond_two_sigma_on_one_side_are_a_signal() {
            assertThat(by(xmr(16, 11, 16), Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA)).containsExactly(
                    new Signal(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, SignalDirection.IMPROVEMENT, weeks(12, 14)));
        }

        @Test
        void two_beyond_two_sigma_four_points_apart_are_not() {
            assertThat(by(xmr(16, 11, 11, 16), Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA)).isEmpty();
        }

        @Test
        void two_beyond_two_sigma_on_opposite_sides_are_not() {
            assertThat(by(xmr(16, 6, 11), Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA)).isEmpty();
        }

        @Test
        void overlapping_windows_are_one_signal() {
            assertThat(by(xmr(6, 6, 11, 6), Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA)).containsExactly(
                    new Signal(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, SignalDirection.DETERIORATION, weeks(12, 15)));
        }
    }

    @Nested
    class FifteenWithinOneSigma {

        @Test
        void fifteen_points_hugging_the_mean_are_a_neutral_signal() {
            assertThat(by(xmr(repeat(11.5, 15)), Rule.FIFTEEN_WITHIN_ONE_SIGMA)).containsExactly(
                    new Signal(Rule.FIFTEEN_WITHIN_ONE_SIGMA, SignalDirection.NEUTRAL, weeks(12, 26)));
        }

        @Test
        void fourteen_are_not() {
            assertThat(by(xmr(concat(repeat(11.5, 14), new double[] {14})), Rule.FIFTEEN_WITHIN_ONE_SIGMA))
                    .isEmpty();
        }
    }

    @Nested
    class PChart {

        private final ChartSettings fallsRate = ChartSettings.of(ChartType.P, Improvement.DECREASE).withBaseline(10);

        private Analysis p(long[] numerators, long[] denominators) {
            return ChartAnalysis.analyse(fallsRate, Series.proportions(numerators, denominators));
        }

        private long[] baselineAnd(long[] values, long last) {
            long[] all = Arrays.copyOf(values, values.length + 1);
            all[values.length] = last;
            return all;
        }

        private final long[] twentyOfHundred = {20, 20, 20, 20, 20, 20, 20, 20, 20, 20};
        private final long[] hundreds = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100};

        @Test
        void centre_line_is_all_numerators_over_all_denominators() {
            Analysis analysis = p(new long[] {1, 9}, new long[] {10, 30});

            assertThat(analysis.centre()).hasValueSatisfying(centre -> assertThat(centre).isCloseTo(0.25, within(1e-12)));
        }

        @Test
        void each_point_has_limits_from_its_own_denominator_clipped_at_zero() {
            Analysis analysis = p(baselineAnd(twentyOfHundred, 5), baselineAnd(hundreds, 25));

            ChartPoint large = analysis.points().get(0);
            ChartPoint small = analysis.points().get(10);
            assertThat(large.upper()).isCloseTo(0.32, within(1e-9));
            assertThat(large.lower()).isCloseTo(0.08, within(1e-9));
            assertThat(small.upper()).isCloseTo(0.44, within(1e-9));
            assertThat(small.lower()).isEqualTo(0.0);
        }

        @Test
        void limits_are_clipped_at_one() {
            Analysis analysis = p(new long[] {9, 9, 3}, new long[] {10, 10, 4});

            assertThat(analysis.points().get(2).upper()).isEqualTo(1.0);
        }

        @Test
        void a_proportion_above_the_upper_limit_is_deterioration_when_lower_is_better() {
            assertThat(by(p(baselineAnd(twentyOfHundred, 33), baselineAnd(hundreds, 100)), Rule.OUTSIDE_LIMITS))
                    .containsExactly(new Signal(Rule.OUTSIDE_LIMITS, SignalDirection.DETERIORATION, weeks(10, 10)));
        }

        @Test
        void a_proportion_just_inside_is_not() {
            assertThat(by(p(baselineAnd(twentyOfHundred, 31), baselineAnd(hundreds, 100)), Rule.OUTSIDE_LIMITS))
                    .isEmpty();
        }

        @Test
        void the_same_rules_apply_as_on_an_xmr_chart() {
            long[] numerators = concat(twentyOfHundred, new long[] {12, 12, 12, 12, 12, 12, 12, 12});
            long[] denominators = concat(hundreds, new long[] {100, 100, 100, 100, 100, 100, 100, 100});

            assertThat(by(p(numerators, denominators), Rule.EIGHT_ON_ONE_SIDE)).extracting(Signal::direction)
                    .containsExactly(SignalDirection.IMPROVEMENT);
        }

        private long[] concat(long[] first, long[] second) {
            long[] all = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, all, first.length, second.length);
            return all;
        }
    }

    @Test
    void signals_of_every_rule_can_fire_together_and_each_names_its_rule() {
        List<Signal> signals = xmr(concat(new double[] {19, 16, 16}, repeat(11.5, 15))).signals();

        assertThat(signals).extracting(Signal::rule).contains(Rule.OUTSIDE_LIMITS,
                Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Rule.FIFTEEN_WITHIN_ONE_SIGMA);
    }
}
