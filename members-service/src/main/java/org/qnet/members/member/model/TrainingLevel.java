package org.qnet.members.member.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Improvement training, in the tiers regional improvement academies teach. */
public enum TrainingLevel {
    NONE, BRONZE, SILVER, GOLD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrainingLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
