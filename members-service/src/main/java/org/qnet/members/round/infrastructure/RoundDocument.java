package org.qnet.members.round.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.members.round.model.RecruitmentRound;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/** How a round is stored, with the events its last change has not yet published. */
record RoundDocument(@Id String id, String name, Instant opensAt, Instant closesAt, int quota, Instant closedAt,
                     List<OutboxEvent> outbox) {

    static RoundDocument of(RecruitmentRound round, List<OutboxEvent> pending) {
        return new RoundDocument(round.id(), round.name(), round.opensAt(), round.closesAt(), round.quota(),
                round.closedAt(), pending);
    }

    RecruitmentRound toRound() {
        return new RecruitmentRound(id, name, opensAt, closesAt, quota, closedAt);
    }
}
