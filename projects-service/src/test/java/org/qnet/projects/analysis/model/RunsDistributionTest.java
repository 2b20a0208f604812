package org.qnet.projects.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunsDistributionTest {

    @ParameterizedTest(name = "{0} useful observations allow {1} to {2} runs")
    @CsvSource({"10, 3, 9", "11, 4, 9", "12, 4, 10", "15, 5, 12", "20, 7, 15", "24, 8, 18", "30, 11, 21"})
    void limits_follow_from_the_exact_distribution_with_two_and_a_half_percent_in_each_tail(
            int useful, int fewest, int most) {
        assertThat(RunsDistribution.expectedRuns(useful)).isEqualTo(new RunsDistribution.RunsRange(fewest, most));
    }

    @ParameterizedTest(name = "{0} below and {0} or one more above")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void counts_of_arrangements_by_runs_match_enumerating_every_arrangement(int below) {
        for (int above : new int[] {below, below + 1}) {
            assertThat(RunsDistribution.arrangementsByRuns(below, above))
                    .containsExactly(enumerated(below, above));
        }
    }

    @Test
    void tails_hold_at_most_two_and_a_half_percent_and_one_more_run_would_exceed_it() {
        for (int useful = 10; useful <= 60; useful++) {
            int below = useful / 2;
            BigInteger[] counts = RunsDistribution.arrangementsByRuns(below, useful - below);
            double total = RunsDistribution.binomial(useful, below).doubleValue();
            RunsDistribution.RunsRange range = RunsDistribution.expectedRuns(useful);

            assertThat(sum(counts, 0, range.fewest() - 1) / total).isLessThanOrEqualTo(0.025);
            assertThat(sum(counts, 0, range.fewest()) / total).isGreaterThan(0.025);
            assertThat(sum(counts, range.most() + 1, useful) / total).isLessThanOrEqualTo(0.025);
            assertThat(sum(counts, range.most(), useful) / total).isGreaterThan(0.025);
        }
    }

    @Test
    void long_series_are_counted_exactly() {
        RunsDistribution.RunsRange range = RunsDistribution.expectedRuns(1000);

        assertThat(range.fewest()).isBetween(460, 480);
        assertThat(range.most()).isBetween(520, 542);
    }

    @Test
    void fewer_than_ten_useful_observations_have_no_runs_test() {
        assertThatThrownBy(() -> RunsDistribution.expectedRuns(9)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double sum(BigInteger[] counts, int from, int to) {
        BigInteger sum = BigInteger.ZERO;
        for (int r = Math.max(from, 0); r <= Math.min(to, counts.length - 1); r++) {
            sum = sum.add(counts[r]);
        }
        return sum.doubleValue();
    }

    /** Every arrangement of below (0) and above (1) points, as bits, with its runs counted. */
    private static BigInteger[] enumerated(int below, int above) {
        int length = below + above;
        BigInteger[] counts = new BigInteger[length + 1];
        Arrays.fill(counts, BigInteger.ZERO);
        for (int bits = 0; bits < 1 << length; bits++) {
            if (Integer.bitCount(bits) != above) {
                continue;
            }
            int runs = 1;
            for (int i = 1; i < length; i++) {
                runs += ((bits >> i) & 1) != ((bits >> (i - 1)) & 1) ? 1 : 0;
            }
            counts[runs] = counts[runs].add(BigInteger.ONE);
        }
        return counts;
    }
}
