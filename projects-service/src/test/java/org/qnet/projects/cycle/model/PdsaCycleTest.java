package org.qnet.projects.cycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.projects.cycle.model.PdsaCycle.StageOutcome;

class PdsaCycleTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 27);

    private static PdsaCycle planned(String id, LocalDate startsOn, String... measureIds) {
        return PdsaCycle.plan(id, "p1", "Huddle " + id, "A huddle at handover", "A third fewer falls",
                List.of(measureIds), startsOn, Instant.EPOCH);
    }

    private static PdsaCycle recorded(StageOutcome outcome) {
        assertThat(outcome).isInstanceOf(StageOutcome.Recorded.class);
        return ((StageOutcome.Recorded) outcome).cycle();
    }

    @Test
    void do_study_and_act_are_recorded_in_order_and_act_completes_the_cycle() {
        PdsaCycle cycle = planned("c1", START);
        cycle = recorded(cycle.record(Stage.DO, new StageRecord(START, "Ran on ward 7"), null));
        cycle = recorded(cycle.record(Stage.STUDY, new StageRecord(START.plusWeeks(4), "Falls down"), null));
        cycle = recorded(cycle.record(Stage.ACT, new StageRecord(START.plusWeeks(5), "Spread to ward 8"), Decision.ADOPT));

        assertThat(cycle.completed()).isTrue();
        assertThat(cycle.nextStage()).isEmpty();
        assertThat(cycle.decision()).isEqualTo(Decision.ADOPT);
    }

    @Test
    void a_stage_out_of_order_is_refused() {
        assertThat(planned("c1", START).record(Stage.STUDY, new StageRecord(START, null), null))
                .isInstanceOf(StageOutcome.Refused.class);
    }

    @Test
    void a_stage_dated_before_the_one_before_it_is_refused() {
        PdsaCycle done = recorded(planned("c1", START).record(Stage.DO, new StageRecord(START.plusDays(3), null), null));

        assertThat(done.record(Stage.STUDY, new StageRecord(START.plusDays(2), null), null))
                .isInstanceOf(StageOutcome.Refused.class);
        assertThat(planned("c2", START).record(Stage.DO, new StageRecord(START.minusDays(1), null), null))
                .isInstanceOf(StageOutcome.Refused.class);
    }

    @Test
    void a_complete_cycle_takes_no_more_stages() {
        PdsaCycle cycle = recorded(planned("c1", START).record(Stage.DO, new StageRecord(START, null), null));
        cycle = recorded(cycle.record(Stage.STUDY, new StageRecord(START, null), null));
        cycle = recorded(cycle.record(Stage.ACT, new StageRecord(START, null), Decision.ABANDON));

        assertThat(cycle.record(Stage.ACT, new StageRecord(START, null), Decision.ADOPT))
                .isInstanceOf(StageOutcome.Refused.class);
    }

    @Test
    void a_running_cycle_covers_the_periods_up_to_today() {
        assertThat(planned("c1", START).endsOn(START.plusWeeks(3))).isEqualTo(START.plusWeeks(3));
    }

    @Test
    void the_preceding_cycle_is_the_latest_to_start_before_the_signal_preferring_the_measure_s_own() {
        PdsaCycle older = planned("older", START, "m1");
        PdsaCycle newerElsewhere = planned("newer", START.plusWeeks(2), "m2");
        PdsaCycle afterSignal = planned("after", START.plusWeeks(20), "m1");
        List<PdsaCycle> cycles = List.of(older, newerElsewhere, afterSignal);

        assertThat(PrecedingCycle.of(cycles, "m1", START.plusWeeks(8))).contains(older);
        assertThat(PrecedingCycle.of(cycles, "m3", START.plusWeeks(8))).contains(newerElsewhere);
        assertThat(PrecedingCycle.of(cycles, "m1", START.minusWeeks(1))).isEmpty();
    }
}
