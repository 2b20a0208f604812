package org.qnet.projects.measure.model;

import java.util.Locale;
import java.util.Optional;

/** Outcome (what matters to patients), process (what the team does), balancing (what must not suffer). */
public enum MeasureKind {
    OUTCOME, PROCESS, BALANCING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MeasureKind> fromCode(String code) {
        for (MeasureKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
