package org.qnet.projects.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qnet.projects.analysis.model.Series.by;
import static org.qnet.projects.analysis.model.Series.concat;
import static org.qnet.projects.analysis.model.Series.repeat;
import static org.qnet.projects.analysis.model.Series.weekly;
import static org.qnet.projects.analysis.model.Series.weeks;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RunChartTest {

    private static final ChartSettings HIGHER_IS_BETTER = ChartSettings.of(ChartType.RUN, Improvement.INCREASE);
    private static final ChartSettings LOWER_IS_BETTER = ChartSettings.of(ChartType.RUN, Improvement.DECREASE);
    /** Six baseline points with median 11 and no pattern of their own. */
    private static final double[] BASELINE = {10, 12, 10, 12, 10, 12};

    private static Analysis analyse(ChartSettings settings, double... values) {
        return ChartAnalysis.analyse(settings, weekly(values));
    }

    @Test
    void centre_line_is_the_median() {
        assertThat(analyse(HIGHER_IS_BETTER, 3, 9, 1, 7).centre()).contains(5.0);
        assertThat(analyse(HIGHER_IS_BETTER, 3, 9, 1).centre()).contains(3.0);
    }

    @Test
    void a_baseline_sets_the_median_from_its_first_points_only() {
        Analysis analysis = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(40, 10)));

        assertThat(analysis.centre()).contains(11.0);
        assertThat(analysis.baselineSize()).isEqualTo(6);
    }

    @Test
    void an_empty_series_has_no_centre_and_no_signals() {
        Analysis analysis = analyse(HIGHER_IS_BETTER);

        assertThat(analysis.centre()).isEmpty();
        assertThat(analysis.signals()).isEmpty();
    }

    @Nested
    class Shifts {

        @Test
        void six_points_above_the_median_are_a_shift() {
            Analysis analysis = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(15, 6)));

            assertThat(by(analysis, Rule.SHIFT)).containsExactly(
                    new Signal(Rule.SHIFT, SignalDirection.IMPROVEMENT, weeks(5, 11)));
        }

        @Test
        void five_points_above_the_median_are_not_a_shift() {
            Analysis analysis = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(15, 4), new double[] {9}));

            assertThat(by(analysis, Rule.SHIFT)).isEmpty();
        }

        @Test
        void a_point_on_the_median_neither_adds_to_nor_breaks_a_shift() {
            double[] fiveThenOnMedianThenOne = {15, 15, 15, 15, 11, 15};
            Analysis analysis = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, fiveThenOnMedianThenOne));

            assertThat(by(analysis, Rule.SHIFT)).singleElement()
                    .satisfies(shift -> assertThat(shift.periods()).isEqualTo(weeks(5, 11)));
        }

        @Test
        void five_points_and_one_on_the_median_are_still_only_five() {
            double[] fourThenOnMedianThenOne = {15, 15, 15, 11, 15, 9};
            Analysis analysis = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, fourThenOnMedianThenOne));

            assertThat(by(analysis, Rule.SHIFT)).isEmpty();
        }

        @Test
        void six_points_below_the_median_are_improvement_when_lower_is_better() {
            Analysis analysis = analyse(LOWER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(5, 6)));

            assertThat(by(analysis, Rule.SHIFT)).singleElement()
                    .satisfies(shift -> assertThat(shift.direction()).isEqualTo(SignalDirection.IMPROVEMENT));
        }

        @Test
        void six_points_below_the_median_are_deterioration_when_higher_is_better() {
            Analysis analysis = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(5, 6)));

            assertThat(by(analysis, Rule.SHIFT)).singleElement()
                    .satisfies(shift -> assertThat(shift.direction()).isEqualTo(SignalDirection.DETERIORATION));
        }

        @Test
        void a_shift_that_grows_keeps_its_first_period_and_so_its_key() {
            Analysis six = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(15, 6)));
            Analysis nine = analyse(HIGHER_IS_BETTER.withBaseline(6), concat(BASELINE, repeat(15, 9)));

            assertThat(by(nine, Rule.SHIFT).get(0).key()).isEqualTo(by(six, Rule.SHIFT).get(0).key());
        }
    }

    @Nested
    class Trends {

        @Test
        void five_points_going_up_are_a_trend() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 3, 1, 2, 3, 4, 5);

            assertThat(by(analysis, Rule.TREND)).containsExactly(
                    new Signal(Rule.TREND, SignalDirection.IMPROVEMENT, weeks(1, 5)));
        }

        @Test
        void four_points_going_up_are_not_a_trend() {
            assertThat(by(analyse(HIGHER_IS_BETTER, 5, 1, 2, 3, 4, 0), Rule.TREND)).isEmpty();
        }

        @Test
        void equal_neighbours_do_not_add_to_a_trend() {
            assertThat(by(analyse(HIGHER_IS_BETTER, 1, 2, 2, 3, 4), Rule.TREND)).isEmpty();
        }

        @Test
        void equal_neighbours_do_not_break_a_trend() {
            assertThat(by(analyse(HIGHER_IS_BETTER, 1, 2, 2, 3, 3, 4, 5), Rule.TREND)).containsExactly(
                    new Signal(Rule.TREND, SignalDirection.IMPROVEMENT, weeks(0, 6)));
        }

        @Test
        void a_trend_starts_from_the_last_of_equal_points_and_ends_on_the_first() {
            assertThat(by(analyse(HIGHER_IS_BETTER, 1, 1, 2, 3, 4, 5, 5), Rule.TREND)).containsExactly(
                    new Signal(Rule.TREND, SignalDirection.IMPROVEMENT, weeks(1, 5)));
        }

        @Test
        void five_points_going_down_are_deterioration_when_higher_is_better_and_improvement_when_lower_is() {
            double[] falling = {9, 8, 7, 6, 5};

            assertThat(by(analyse(HIGHER_IS_BETTER, falling), Rule.TREND)).extracting(Signal::direction)
                    .containsExactly(SignalDirection.DETERIORATION);
            assertThat(by(analyse(LOWER_IS_BETTER, falling), Rule.TREND)).extracting(Signal::direction)
                    .containsExactly(SignalDirection.IMPROVEMENT);
        }

        @Test
        void a_peak_ends_one_trend_and_starts_the_next() {
            assertThat(by(analyse(HIGHER_IS_BETTER, 1, 2, 3, 4, 5, 4, 3, 2, 1), Rule.TREND)).containsExactly(
                    new Signal(Rule.TREND, SignalDirection.IMPROVEMENT, weeks(0, 4)),
                    new Signal(Rule.TREND, SignalDirection.DETERIORATION, weeks(4, 8)));
        }
    }

    @Nested
    class Runs {

        /** 12 useful observations allow 4 to 10 runs. */
        @Test
        void three_runs_in_twelve_useful_observations_are_too_few() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 1, 2, 1, 9, 8, 9, 8, 9, 8, 2, 1, 2);

            assertThat(analysis.runsTest()).contains(new RunsTest(12, 3, 4, 10));
            assertThat(by(analysis, Rule.TOO_FEW_RUNS)).containsExactly(
                    new Signal(Rule.TOO_FEW_RUNS, SignalDirection.NEUTRAL, weeks(0, 11)));
        }

        @Test
        void four_runs_in_twelve_useful_observations_are_not_too_few() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 1, 2, 1, 9, 8, 9, 1, 2, 1, 9, 8, 9);

            assertThat(analysis.runsTest()).map(RunsTest::runs).contains(4);
            assertThat(by(analysis, Rule.TOO_FEW_RUNS)).isEmpty();
        }

        @Test
        void eleven_runs_in_twelve_useful_observations_are_too_many() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 9, 1);

            assertThat(analysis.runsTest()).map(RunsTest::runs).contains(11);
            assertThat(by(analysis, Rule.TOO_MANY_RUNS)).extracting(Signal::direction)
                    .containsExactly(SignalDirection.NEUTRAL);
        }

        @Test
        void ten_runs_in_twelve_useful_observations_are_not_too_many() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 1, 9, 1, 9, 1, 9, 1, 9, 9, 1, 1, 9);

            assertThat(analysis.runsTest()).map(RunsTest::runs).contains(10);
            assertThat(by(analysis, Rule.TOO_MANY_RUNS)).isEmpty();
        }

        @Test
        void points_on_the_median_are_not_useful_observations() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 1, 9, 5, 1, 9, 5, 1, 9, 5, 1, 9, 5, 1, 9, 5);

            assertThat(analysis.runsTest()).map(RunsTest::usefulObservations).contains(10);
        }

        @Test
        void fewer_than_ten_useful_observations_get_no_runs_test() {
            Analysis analysis = analyse(HIGHER_IS_BETTER, 1, 1, 1, 1, 9, 9, 9, 9, 5, 5, 5);

            assertThat(analysis.runsTest()).isEmpty();
            assertThat(by(analysis, Rule.TOO_FEW_RUNS)).isEmpty();
        }
    }

    @Test
    void a_measure_that_narrows_its_rules_gets_only_those_signals() {
        ChartSettings shiftsOnly = HIGHER_IS_BETTER.withBaseline(6).withRules(Set.of(Rule.SHIFT));
        Analysis analysis = analyse(shiftsOnly, concat(BASELINE, new double[] {13, 14, 15, 16, 17, 18}));

        assertThat(analysis.signals()).extracting(Signal::rule).containsOnly(Rule.SHIFT);
    }

    @Test
    void every_signal_names_its_rule_and_periods() {
        List<Signal> signals = analyse(HIGHER_IS_BETTER.withBaseline(6),
                concat(BASELINE, new double[] {13, 14, 15, 16, 17, 18})).signals();

        assertThat(signals).extracting(Signal::rule).containsExactlyInAnyOrder(Rule.SHIFT, Rule.TREND);
        assertThat(signals).allSatisfy(signal -> assertThat(signal.periods()).isNotEmpty());
    }
}
