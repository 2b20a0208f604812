package org.qnet.members.connection.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A link between two members, requested by one and accepted by the other. Who may do what next
 * depends on which side of it the caller is.
 */
public record Connection(String id, String requesterId, String addresseeId, ConnectionStatus status,
                         Instant requestedAt, Instant respondedAt) {

    /** At most this many requests a member may have waiting for an answer. */
    public static final int MAX_PENDING_REQUESTS = 50;

    public Connection {
        Objects.requireNonNull(id);
        Objects.requireNonNull(requesterId);
        Objects.requireNonNull(addresseeId);
        Objects.requireNonNull(status);
    }

    /** One key for the two members whichever asked, so that the pair can be unique in either direction. */
    public static String pairOf(String oneMember, String otherMember) {
        return oneMember.compareTo(otherMember) < 0 ? oneMember + "|" + otherMember : otherMember + "|" + oneMember;
    }

    public boolean involves(String memberId) {
        return requesterId.equals(memberId) || addresseeId.equals(memberId);
    }

    public String peerOf(String memberId) {
        return requesterId.equals(memberId) ? addresseeId : requesterId;
    }

    /** What the member may do to the connection from their side of it, given its status. */
    public Move allows(String memberId, Action action) {
        if (!involves(memberId)) {
            return Move.NOT_INVOLVED;
        }
        boolean addressee = addresseeId.equals(memberId);
        return switch (action) {
            case ACCEPT, DECLINE -> status != ConnectionStatus.PENDING ? Move.TOO_LATE
                    : addressee ? Move.ALLOWED : Move.NOT_YOURS;
            case WITHDRAW_OR_REMOVE -> switch (status) {
                case PENDING -> addressee ? Move.DECLINE_INSTEAD : Move.ALLOWED;
                case ACCEPTED -> Move.ALLOWED;
                default -> Move.TOO_LATE;
            };
        };
    }

    /** What a member can do to a connection. */
    public enum Action {
        ACCEPT, DECLINE, WITHDRAW_OR_REMOVE
    }

    /** Whether a member may make a move, and if not, why not. */
    public enum Move {
        ALLOWED, NOT_INVOLVED, NOT_YOURS, TOO_LATE, DECLINE_INSTEAD
    }
}
