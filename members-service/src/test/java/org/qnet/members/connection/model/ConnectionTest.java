package org.qnet.members.connection.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qnet.members.connection.model.Connection.Action;
import org.qnet.members.connection.model.Connection.Move;

class ConnectionTest {

    private static final Connection PENDING = new Connection("c1", "maya", "sam", ConnectionStatus.PENDING,
            Instant.parse("2026-03-11T09:00:00Z"), null);
    private static final Connection ACCEPTED = new Connection("c1", "maya", "sam", ConnectionStatus.ACCEPTED,
            Instant.parse("2026-03-11T09:00:00Z"), Instant.parse("2026-03-11T10:00:00Z"));

    @Test
    void the_pair_is_the_same_whichever_member_asked() {
        assertThat(Connection.pairOf("maya", "sam")).isEqualTo(Connection.pairOf("sam", "maya"));
    }

    @Test
    void only_the_addressee_answers_a_pending_request() {
        assertThat(PENDING.allows("sam", Action.ACCEPT)).isEqualTo(Move.ALLOWED);
        assertThat(PENDING.allows("sam", Action.DECLINE)).isEqualTo(Move.ALLOWED);
        assertThat(PENDING.allows("maya", Action.ACCEPT)).isEqualTo(Move.NOT_YOURS);
        assertThat(PENDING.allows("olu", Action.ACCEPT)).isEqualTo(Move.NOT_INVOLVED);
    }

    @Test
    void the_requester_withdraws_a_pending_request_and_the_addressee_declines_it_instead() {
        assertThat(PENDING.allows("maya", Action.WITHDRAW_OR_REMOVE)).isEqualTo(Move.ALLOWED);
        assertThat(PENDING.allows("sam", Action.WITHDRAW_OR_REMOVE)).isEqualTo(Move.DECLINE_INSTEAD);
    }

    @Test
    void either_side_removes_an_accepted_connection_which_cannot_be_answered_again() {
        assertThat(ACCEPTED.allows("maya", Action.WITHDRAW_OR_REMOVE)).isEqualTo(Move.ALLOWED);
        assertThat(ACCEPTED.allows("sam", Action.WITHDRAW_OR_REMOVE)).isEqualTo(Move.ALLOWED);
        assertThat(ACCEPTED.allows("sam", Action.ACCEPT)).isEqualTo(Move.TOO_LATE);
    }

    @Test
    void an_ended_connection_allows_nothing_more() {
        var removed = new Connection("c1", "maya", "sam", ConnectionStatus.REMOVED, PENDING.requestedAt(), null);
        assertThat(removed.allows("maya", Action.WITHDRAW_OR_REMOVE)).isEqualTo(Move.TOO_LATE);
        assertThat(removed.allows("sam", Action.DECLINE)).isEqualTo(Move.TOO_LATE);
    }
}
