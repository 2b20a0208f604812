package org.qnet.members.round.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qnet.members.round.model.RecruitmentRound.Opening;

class RecruitmentRoundTest {

    private static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant OPENS = NOW.minus(Duration.ofDays(1));
    private static final Instant CLOSES = NOW.plus(Duration.ofDays(30));

    @Test
    void a_round_takes_nominations_from_its_opening_until_its_closing_instant() {
        RecruitmentRound round = opened(OPENS, CLOSES);

        assertThat(round.takesNominationsAt(OPENS.minusSeconds(1))).isFalse();
        assertThat(round.statusAt(OPENS.minusSeconds(1))).isEqualTo(RoundStatus.UPCOMING);
        assertThat(round.takesNominationsAt(OPENS)).isTrue();
        assertThat(round.takesNominationsAt(CLOSES.minusSeconds(1))).isTrue();
        assertThat(round.takesNominationsAt(CLOSES)).isFalse();
        assertThat(round.statusAt(CLOSES)).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void a_round_closed_early_takes_no_more_nominations() {
        RecruitmentRound round = opened(OPENS, CLOSES);
        RecruitmentRound closed = new RecruitmentRound(round.id(), round.name(), OPENS, CLOSES, 5, NOW);

        assertThat(closed.takesNominationsAt(NOW.plusSeconds(1))).isFalse();
        assertThat(closed.statusAt(NOW.plusSeconds(1))).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void a_round_must_close_after_it_opens_and_in_the_future() {
        assertThat(RecruitmentRound.open("r", "Cohort", CLOSES, OPENS, 5, NOW))
                .isEqualTo(new Opening.Refused("closesAt", "must be after opensAt"));
        assertThat(RecruitmentRound.open("r", "Cohort", OPENS.minus(Duration.ofDays(9)), OPENS, 5, NOW))
                .isEqualTo(new Opening.Refused("closesAt", "must be in the future"));
    }

    @Test
    void a_round_needs_a_name_and_a_quota_of_at_least_one() {
        assertThat(RecruitmentRound.open("r", "  ", OPENS, CLOSES, 5, NOW)).isInstanceOf(Opening.Refused.class);
        assertThat(RecruitmentRound.open("r", "Cohort", OPENS, CLOSES, 0, NOW))
                .isEqualTo(new Opening.Refused("quota", "must be 1 to 1000"));
    }

    private static RecruitmentRound opened(Instant opens, Instant closes) {
        return ((Opening.Opened) RecruitmentRound.open("r", " Founding cohort ", opens, closes, 5, NOW)).round();
    }
}
