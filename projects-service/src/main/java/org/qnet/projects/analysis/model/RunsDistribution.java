package org.qnet.projects.analysis.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many runs chance allows in a run chart, from the exact distribution of the number of runs
 * (Swed and Eisenhart, 1943) with the useful observations split as evenly as possible between the
 * two sides of the median and 2.5 % in each tail. Counting is exact (big integers), so limits near
 * a tail boundary are never decided by rounding.
 */
public final class RunsDistribution {

    /** The runs test says nothing useful below this many observations not on the median. */
    public static final int MINIMUM_USEFUL_OBSERVATIONS = 10;

    /** 2.5 % in each tail: a tail may hold at most 1/40 of all arrangements. */
    private static final BigInteger TAIL_DIVISOR = BigInteger.valueOf(40);

    private static final Map<Integer, RunsRange> RANGES = new ConcurrentHashMap<>();

    private RunsDistribution() {
    }

    /** The fewest and the most runs that are not a signal for this many useful observations. */
    public static RunsRange expectedRuns(int usefulObservations) {
        if (usefulObservations < MINIMUM_USEFUL_OBSERVATIONS) {
            throw new IllegalArgumentException(
                    "the runs test needs at least " + MINIMUM_USEFUL_OBSERVATIONS + " useful observations");
        }
        return RANGES.computeIfAbsent(usefulObservations, RunsDistribution::derive);
    }

    private static RunsRange derive(int useful) {
        int below = useful / 2;
        int above = useful - below;
        BigInteger[] arrangements = arrangementsByRuns(below, above);
        BigInteger total = binomial(useful, below);

        int fewest = 2;
        BigInteger lowerTail = BigInteger.ZERO;
        for (int runs = 2; runs < arrangements.length; runs++) {
            if (withinTail(lowerTail, total)) {
                fewest = runs;
            }
            lowerTail = lowerTail.add(arrangements[runs]);
        }

        int most = arrangements.length - 1;
        BigInteger upperTail = BigInteger.ZERO;
        for (int runs = arrangements.length - 1; runs >= 2; runs--) {
            if (withinTail(upperTail, total)) {
                most = runs;
            }
            upperTail = upperTail.add(arrangements[runs]);
        }
        return new RunsRange(fewest, most);
    }

    private static boolean withinTail(BigInteger tail, BigInteger total) {
        return tail.multiply(TAIL_DIVISOR).compareTo(total) <= 0;
    }

    /** Index r holds the number of arrangements of the two sides that make exactly r runs. */
    static BigInteger[] arrangementsByRuns(int first, int second) {
        BigInteger[] counts = new BigInteger[first + second + 1];
        Arrays.fill(counts, BigInteger.ZERO);
        for (int runs = 2; runs <= first + second; runs++) {
            int k = runs / 2;
            if (runs % 2 == 0) {
                counts[runs] = BigInteger.TWO.multiply(binomial(first - 1, k - 1)).multiply(binomial(second - 1, k - 1));
            } else {
                counts[runs] = binomial(first - 1, k).multiply(binomial(second - 1, k - 1))
                        .add(binomial(first - 1, k - 1).multiply(binomial(second - 1, k)));
            }
        }
        return counts;
    }

    static BigInteger binomial(int n, int k) {
        if (k < 0 || n < 0 || k > n) {
            return BigInteger.ZERO;
        }
        int smaller = Math.min(k, n - k);
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= smaller; i++) {
            result = result.multiply(BigInteger.valueOf(n - smaller + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /** The inclusive range of run counts that chance explains. */
    public record RunsRange(int fewest, int most) {

        public boolean tooFew(int runs) {
            return runs < fewest;
        }

        public boolean tooMany(int runs) {
            return runs > most;
        }
    }
}
