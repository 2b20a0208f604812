package org.qnet.members.member.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a member appears in the directory and in other members' suggestions. */
public enum Visibility {
    LISTED, HIDDEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
