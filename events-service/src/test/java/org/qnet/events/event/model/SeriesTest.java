package org.qnet.events.event.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Schedule THURSDAY_LUNCH = new Schedule(LocalDateTime.of(2027, 3, 18, 13, 0),
            LocalDateTime.of(2027, 3, 18, 14, 0), LONDON);

    @Test
    void a_weekly_seminar_keeps_its_local_time_across_the_clock_change() {
        assertThat(Series.occurrences(THURSDAY_LUNCH, "FREQ=WEEKLY;COUNT=3")).containsExactly(
                LocalDateTime.of(2027, 3, 18, 13, 0), LocalDateTime.of(2027, 3, 25, 13, 0),
                LocalDateTime.of(2027, 4, 1, 13, 0));
    }

    @Test
    void a_monthly_series_repeats_on_the_same_day_of_the_month() {
        assertThat(Series.occurrences(THURSDAY_LUNCH, "FREQ=MONTHLY;COUNT=3")).containsExactly(
                LocalDateTime.of(2027, 3, 18, 13, 0), LocalDateTime.of(2027, 4, 18, 13, 0),
                LocalDateTime.of(2027, 5, 18, 13, 0));
    }

    @Test
    void a_series_ends_by_count_or_until() {
        assertThat(Series.occurrences(THURSDAY_LUNCH, "FREQ=WEEKLY;UNTIL=20270401T235959Z")).hasSize(3);
        assertThatThrownBy(() -> Series.occurrences(THURSDAY_LUNCH, "FREQ=WEEKLY"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daily_series_garbage_and_too_long_series_are_refused() {
        assertThatThrownBy(() -> Series.occurrences(THURSDAY_LUNCH, "FREQ=DAILY;COUNT=3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.occurrences(THURSDAY_LUNCH, "not a rule"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.occurrences(THURSDAY_LUNCH, "FREQ=WEEKLY;COUNT=53"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
