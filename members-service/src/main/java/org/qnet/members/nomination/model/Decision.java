package org.qnet.members.nomination.model;

import java.time.Instant;
import java.util.Objects;

/** What the panel decided on a nomination, why, who and when. */
public record Decision(Outcome outcome, String reason, String decidedBy, Instant decidedAt) {

    public static final int MAX_REASON_LENGTH = 2_000;

    public Decision {
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(decidedBy);
        Objects.requireNonNull(decidedAt);
    }

    /** The panel either admits the candidate as a member or declines the nomination. */
    public enum Outcome {
        ADMIT("admitted", NominationStatus.ADMITTED),
        DECLINE("declined", NominationStatus.DECLINED);

        private final String code;
        private final NominationStatus status;

        Outcome(String code, NominationStatus status) {
            this.code = code;
            this.status = status;
        }

        /** As the outcome is named in events and responses: "admitted" or "declined". */
        public String code() {
            return code;
        }

        public NominationStatus status() {
            return status;
        }
    }
}
