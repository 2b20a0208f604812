package org.qnet.projects.analysis.model;

import java.util.EnumSet;
import java.util.Set;

/** How a measure is charted, which decides the centre line, the limits and the rules that apply. */
public enum ChartType {
    /** Median centre line, no limits; the run chart rules of Perla, Provost and Murray. */
    RUN("run", EnumSet.of(Rule.SHIFT, Rule.TREND, Rule.TOO_FEW_RUNS, Rule.TOO_MANY_RUNS)),
    /** Individuals and moving range: a Shewhart chart for measurements. */
    XMR("xmr", Rule.shewhart()),
    /** A Shewhart chart for proportions, with limits that widen as a period's denominator shrinks. */
    P("p", Rule.shewhart());

    private final String code;
    private final Set<Rule> rules;

    ChartType(String code, Set<Rule> rules) {
        this.code = code;
        this.rules = rules;
    }

    public String code() {
        return code;
    }

    /** The rule set this chart type applies unless the measure narrows it. */
    public Set<Rule> rules() {
        return EnumSet.copyOf(rules);
    }

    public boolean applies(Rule rule) {
        return rules.contains(rule);
    }

    public static ChartType fromCode(String code) {
        for (ChartType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown chart type " + code);
    }
}
