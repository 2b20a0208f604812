package org.qnet.projects.analysis.model;

import java.util.EnumSet;
import java.util.Set;

/** A rule that tells a signal of real change from noise; every signal names the rule that fired. */
public enum Rule {
    /** Run chart: 6 or more consecutive points on one side of the median. */
    SHIFT("shift"),
    /** Run chart: 5 or more consecutive points all going up or all going down. */
    TREND("trend"),
    /** Run chart: fewer runs than chance allows for the number of useful observations. */
    TOO_FEW_RUNS("too-few-runs"),
    /** Run chart: more runs than chance allows for the number of useful observations. */
    TOO_MANY_RUNS("too-many-runs"),
    /** Shewhart: a point above the upper or below the lower control limit. */
    OUTSIDE_LIMITS("outside-limits"),
    /** Shewhart: 8 or more consecutive points on one side of the centre line. */
    EIGHT_ON_ONE_SIDE("eight-on-one-side"),
    /** Shewhart: 6 or more consecutive points each higher (or each lower) than the one before. */
    SIX_TRENDING("six-trending"),
    /** Shewhart: 2 of 3 consecutive points beyond 2 sigma on the same side. */
    TWO_OF_THREE_BEYOND_TWO_SIGMA("two-of-three-beyond-two-sigma"),
    /** Shewhart: 15 or more consecutive points within 1 sigma of the centre line. */
    FIFTEEN_WITHIN_ONE_SIGMA("fifteen-within-one-sigma");

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Set<Rule> shewhart() {
        return EnumSet.of(OUTSIDE_LIMITS, EIGHT_ON_ONE_SIDE, SIX_TRENDING, TWO_OF_THREE_BEYOND_TWO_SIGMA,
                FIFTEEN_WITHIN_ONE_SIGMA);
    }

    public static Rule fromCode(String code) {
        for (Rule rule : values()) {
            if (rule.code.equals(code)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule " + code);
    }
}
