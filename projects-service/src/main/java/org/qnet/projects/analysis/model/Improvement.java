package org.qnet.projects.analysis.model;

/** The direction in which a measure's values count as better. */
public enum Improvement {
    INCREASE("increase"),
    DECREASE("decrease");

    private final String code;

    Improvement(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** What a movement upwards (or downwards) means for this measure. */
    public SignalDirection of(boolean upwards) {
        return upwards == (this == INCREASE) ? SignalDirection.IMPROVEMENT : SignalDirection.DETERIORATION;
    }

    public static Improvement fromCode(String code) {
        for (Improvement improvement : values()) {
            if (improvement.code.equals(code)) {
                return improvement;
            }
        }
        throw new IllegalArgumentException("unknown improvement direction " + code);
    }
}
