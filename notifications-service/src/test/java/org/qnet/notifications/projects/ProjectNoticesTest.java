package org.qnet.notifications.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;

class ProjectNoticesTest {

    private static ImprovementSignalDetected shift(String cycleTitle) {
        return new ImprovementSignalDetected("shift:improvement:2026-05-04", "p1", "Falls on ward 7", "m1",
                "Falls with harm", "shift", "improvement", List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 8)),
                cycleTitle == null ? null : "c1", cycleTitle, Instant.EPOCH);
    }

    @Test
    void a_signal_says_which_rule_fired_on_which_measure_and_after_which_cycle() {
        Notification notice = ProjectNotices.signal(List.of("lead"), shift("Falls huddle"), "e1", Instant.EPOCH).get(0);

        assertThat(notice.category()).isEqualTo(Category.PROJECT);
        assertThat(notice.title()).isEqualTo("Falls with harm: shift (improvement)");
        assertThat(notice.body()).contains("shift rule", "Falls with harm", "2026-05-04 to 2026-06-08",
                "PDSA cycle \"Falls huddle\"");
        assertThat(notice.link()).isEqualTo("/projects/p1/measures/m1/analysis");
    }

    @Test
    void a_signal_without_a_preceding_cycle_names_none() {
        assertThat(ProjectNotices.signal(List.of("lead"), shift(null), "e1", Instant.EPOCH).get(0).body())
                .doesNotContain("PDSA");
    }

    @Test
    void the_member_who_joined_is_not_told_of_their_own_joining() {
        assertThat(ProjectNotices.joined(List.of("lead", "tom"), "tom", "Tom", "p1", "Falls", "e1", Instant.EPOCH))
                .extracting(Notification::recipient).containsExactly("lead");
    }
}
