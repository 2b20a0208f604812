package org.qnet.members.round.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A period in which nominating organisations put candidates forward, each up to the quota. A round
 * takes nominations from {@code opensAt} until {@code closesAt}, or until an ADMIN closes it early.
 */
public record RecruitmentRound(String id, String name, Instant opensAt, Instant closesAt, int quota, Instant closedAt) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_QUOTA = 1000;

    public RecruitmentRound {
        Objects.requireNonNull(id);
        Objects.requireNonNull(opensAt);
        Objects.requireNonNull(closesAt);
    }

    /** Opens a round, or says which rule the request breaks. */
    public static Opening open(String id, String name, Instant opensAt, Instant closesAt, int quota, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            return new Opening.Refused("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (!closesAt.isAfter(opensAt)) {
            return new Opening.Refused("closesAt", "must be after opensAt");
        }
        if (!closesAt.isAfter(now)) {
            return new Opening.Refused("closesAt", "must be in the future");
        }
        if (quota < 1 || quota > MAX_QUOTA) {
            return new Opening.Refused("quota", "must be 1 to " + MAX_QUOTA);
        }
        return new Opening.Opened(new RecruitmentRound(id, trimmed, opensAt, closesAt, quota, null));
    }

    public RoundStatus statusAt(Instant now) {
        if (closedAt != null || !now.isBefore(closesAt)) {
            return RoundStatus.CLOSED;
        }
        return now.isBefore(opensAt) ? RoundStatus.UPCOMING : RoundStatus.OPEN;
    }

    public boolean takesNominationsAt(Instant now) {
        return statusAt(now) == RoundStatus.OPEN;
    }

    /** The outcome of opening a round. */
    public sealed interface Opening {
        record Opened(RecruitmentRound round) implements Opening {
        }

        record Refused(String field, String reason) implements Opening {
        }
    }
}
