package org.qnet.notifications.preference.model;

import java.util.Locale;
import java.util.Optional;

/** How a member wants a category by email: each one as it happens, gathered in a digest, or not at all. */
public enum EmailChoice {
    IMMEDIATE, DIGEST, OFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmailChoice> fromCode(String code) {
        for (EmailChoice choice : values()) {
            if (choice.code().equals(code)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
