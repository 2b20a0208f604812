package org.qnet.projects.measure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.ChartType;
import org.qnet.projects.analysis.model.Improvement;
import org.qnet.projects.analysis.model.Rule;
import org.qnet.projects.analysis.model.Signal;

class MeasureTest {

    private static final LocalDate WEEK_ONE = LocalDate.of(2026, 1, 5);
    private static final ChartSettings RUN_WITH_BASELINE = ChartSettings.of(ChartType.RUN, Improvement.INCREASE)
            .withBaseline(6);

    private static Measure measure(ChartSettings chart) {
        return Measure.define("m1", "p1", new MeasureDefinition("Discharges before noon", "Share of discharges before 12:00",
                "%", MeasureKind.PROCESS, null, chart), Instant.EPOCH);
    }

    private static List<DataPoint> weekly(int firstWeek, double... values) {
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(DataPoint.value(WEEK_ONE.plusWeeks(firstWeek + i), values[i]));
        }
        return points;
    }

    @Test
    void recording_a_period_again_replaces_its_value() {
        Measure measure = measure(RUN_WITH_BASELINE).record(weekly(0, 1, 2, 3)).measure()
                .record(List.of(DataPoint.value(WEEK_ONE.plusWeeks(1), 9))).measure();

        assertThat(measure.points()).extracting(DataPoint::value).containsExactly(1.0, 9.0, 3.0);
    }

    @Test
    void points_are_kept_in_period_order_whatever_order_they_arrive_in() {
        Measure measure = measure(RUN_WITH_BASELINE).record(weekly(3, 4)).measure().record(weekly(0, 1)).measure();

        assertThat(measure.points()).extracting(DataPoint::period).containsExactly(WEEK_ONE, WEEK_ONE.plusWeeks(3));
    }

    @Test
    void a_signal_is_new_once_on_the_point_that_completes_it() {
        Measure measure = measure(RUN_WITH_BASELINE).record(weekly(0, 10, 12, 10, 12, 10, 12)).measure();
        List<List<Signal>> newSignalsByPoint = new ArrayList<>();
        for (int week = 6; week < 12; week++) {
            Measure.Recording recording = measure.record(weekly(week, 20 + week % 2));
            newSignalsByPoint.add(recording.newSignals().stream().filter(s -> s.rule() == Rule.SHIFT).toList());
            measure = recording.measure();
        }

        assertThat(newSignalsByPoint.subList(0, 4)).allSatisfy(signals -> assertThat(signals).isEmpty());
        assertThat(newSignalsByPoint.get(4)).hasSize(1);
        assertThat(newSignalsByPoint.get(5)).isEmpty();
    }

    @Test
    void a_signal_removed_by_a_correction_is_not_announced_again_when_it_returns() {
        Measure shifted = measure(RUN_WITH_BASELINE).record(weekly(0, 10, 12, 10, 12, 10, 12, 20, 20, 20, 20, 20))
                .measure();
        Measure corrected = shifted.record(weekly(10, 5)).measure();
        Measure.Recording restored = corrected.record(weekly(10, 20));

        assertThat(shifted.announcedSignals()).isNotEmpty();
        assertThat(restored.newSignals()).isEmpty();
    }

    @Test
    void removing_a_period_that_has_no_data_finds_nothing() {
        assertThat(measure(RUN_WITH_BASELINE).remove(WEEK_ONE)).isEmpty();
    }

    @Test
    void a_baseline_once_set_is_frozen() {
        Measure measure = measure(RUN_WITH_BASELINE);
        MeasureDefinition moved = new MeasureDefinition("n", "d", null, MeasureKind.PROCESS, null,
                RUN_WITH_BASELINE.withBaseline(8));

        assertThat(measure.redefine(moved)).isInstanceOf(Measure.Redefinition.Refused.class);
    }

    @Test
    void a_baseline_can_be_set_later_when_there_was_none() {
        Measure measure = measure(ChartSettings.of(ChartType.RUN, Improvement.INCREASE));
        MeasureDefinition withBaseline = new MeasureDefinition("n", "d", null, MeasureKind.PROCESS, null,
                RUN_WITH_BASELINE);

        assertThat(measure.redefine(withBaseline)).isInstanceOf(Measure.Redefinition.Redefined.class);
    }

    @Test
    void the_chart_type_stays_what_the_data_were_recorded_for() {
        MeasureDefinition asXmr = new MeasureDefinition("n", "d", null, MeasureKind.PROCESS, null,
                ChartSettings.of(ChartType.XMR, Improvement.INCREASE));

        assertThat(measure(RUN_WITH_BASELINE).redefine(asXmr)).isInstanceOf(Measure.Redefinition.Refused.class);
    }

    @Test
    void a_p_chart_takes_numerator_and_denominator_and_nothing_else() {
        assertThat(DataPoint.proportion(WEEK_ONE, 3, 10).problemFor(ChartType.P)).isEmpty();
        assertThat(DataPoint.value(WEEK_ONE, 0.3).problemFor(ChartType.P)).isPresent();
        assertThat(DataPoint.proportion(WEEK_ONE, 11, 10).problemFor(ChartType.P)).isPresent();
        assertThat(DataPoint.proportion(WEEK_ONE, 0, 0).problemFor(ChartType.P)).isPresent();
    }

    @Test
    void run_and_xmr_charts_take_a_finite_value() {
        assertThat(DataPoint.value(WEEK_ONE, 4.2).problemFor(ChartType.XMR)).isEmpty();
        assertThat(DataPoint.value(WEEK_ONE, Double.NaN).problemFor(ChartType.RUN)).isPresent();
        assertThat(DataPoint.proportion(WEEK_ONE, 1, 2).problemFor(ChartType.RUN)).isPresent();
    }
}
