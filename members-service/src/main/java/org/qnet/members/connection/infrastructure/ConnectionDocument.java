package org.qnet.members.connection.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.members.connection.model.Connection;
import org.qnet.members.connection.model.ConnectionStatus;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * How a connection is stored. {@code pair} and {@code outgoingSeat} exist for the unique indexes that
 * keep the rules: one active link per pair of members, and at most
 * {@value Connection#MAX_PENDING_REQUESTS} pending requests per requester. A link that ends keeps its
 * history but gives both up.
 */
record ConnectionDocument(@Id String id, String pair, String requesterId, String addresseeId, String status,
                          Instant requestedAt, Instant respondedAt, String outgoingSeat, List<OutboxEvent> outbox) {

    static ConnectionDocument pending(Connection c, int seat, List<OutboxEvent> pending) {
        return new ConnectionDocument(c.id(), Connection.pairOf(c.requesterId(), c.addresseeId()), c.requesterId(),
                c.addresseeId(), c.status().name(), c.requestedAt(), null, seat(c.requesterId(), seat), pending);
    }

    /** The {@code outgoingSeat} of a requester's pending request in a seat. */
    static String seat(String requesterId, int seat) {
        return requesterId + "/" + seat;
    }

    /** The seat number of a pending request's {@code outgoingSeat}. */
    static int seatOf(String outgoingSeat) {
        return Integer.parseInt(outgoingSeat.substring(outgoingSeat.lastIndexOf('/') + 1));
    }

    /** What an accepted link holds instead of a seat among its requester's pending requests. */
    static String settled(String id) {
        return "settled/" + id;
    }

    /** What an ended link holds instead of its pair, so that the two may link again. */
    static String ended(String id) {
        return "ended/" + id;
    }

    Connection toConnection() {
        return new Connection(id, requesterId, addresseeId, ConnectionStatus.valueOf(status), requestedAt, respondedAt);
    }
}
