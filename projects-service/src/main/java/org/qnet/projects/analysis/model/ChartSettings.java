package org.qnet.projects.analysis.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a measure's chart is told: its type, which way is better, the rules it applies (a subset of
 * the type's rule set) and how many leading points form the baseline (0: all points).
 */
public record ChartSettings(ChartType type, Improvement improvement, Set<Rule> rules, int baselinePoints) {

    public ChartSettings {
        if (rules.isEmpty()) {
            rules = type.rules();
        }
        for (Rule rule : rules) {
            if (!type.applies(rule)) {
                throw new IllegalArgumentException(
                        "rule " + rule.code() + " does not apply to a " + type.code() + " chart");
            }
        }
        if (baselinePoints < 0) {
            throw new IllegalArgumentException("a baseline has a positive number of points");
        }
        rules = Set.copyOf(EnumSet.copyOf(rules));
    }

    public static ChartSettings of(ChartType type, Improvement improvement) {
        return new ChartSettings(type, improvement, type.rules(), 0);
    }

    public ChartSettings withBaseline(int points) {
        return new ChartSettings(type, improvement, rules, points);
    }

    public ChartSettings withRules(Set<Rule> narrowed) {
        return new ChartSettings(type, improvement, narrowed, baselinePoints);
    }

    boolean applies(Rule rule) {
        return rules.contains(rule);
    }

    /** The points the centre line and limits are computed from. */
    int centreSpan(int available) {
        return baselinePoints == 0 ? available : Math.min(baselinePoints, available);
    }
}
