package org.qnet.members.nomination.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A nomination waits for the panel until it is withdrawn, admitted or declined; the last three are final. */
public enum NominationStatus {
    SUBMITTED, WITHDRAWN, ADMITTED, DECLINED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NominationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
