package org.qnet.projects.analysis.model;

import java.util.Locale;

/** Whether a signal points to improvement, deterioration, or neither (as with too many runs). */
public enum SignalDirection {
    IMPROVEMENT, DETERIORATION, NEUTRAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
