package org.qnet.members.connection.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A request is pending until accepted, declined or withdrawn; an accepted connection lasts until removed. */
public enum ConnectionStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN, REMOVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return this == PENDING || this == ACCEPTED;
    }

    public static Optional<ConnectionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
