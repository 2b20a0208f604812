package org.qnet.members.nomination.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.members.nomination.model.Candidate;
import org.qnet.members.nomination.model.Decision;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.nomination.model.NominationStatus;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * How a nomination is stored. {@code quotaSeat} and {@code candidateOnce} exist for the unique indexes
 * that keep the round's rules: an undecided or decided nomination holds one of its organisation's
 * seats and its candidate's place in the round; withdrawing releases both.
 */
record NominationDocument(@Id String id, String roundId, String organisationId, String nominatedBy,
                          CandidateDocument candidate, String statement, String status, Instant submittedAt,
                          DecisionDocument decision, String memberId, String quotaSeat, String candidateOnce,
                          List<OutboxEvent> outbox) {

    record CandidateDocument(String name, String email, String profession, String region, List<String> topics) {
    }

    record DecisionDocument(String outcome, String reason, String decidedBy, Instant decidedAt) {
    }

    static NominationDocument of(Nomination n, int seat, List<OutboxEvent> pending) {
        Candidate c = n.candidate();
        return new NominationDocument(n.id(), n.roundId(), n.organisationId(), n.nominatedBy(),
                new CandidateDocument(c.name(), c.email(), c.profession().name(), c.region().name(), c.topics()),
                n.statement(), n.status().name(), n.submittedAt(), null, null,
                quotaSeat(n.roundId(), n.organisationId(), seat), candidateOnce(n.roundId(), c.email()), pending);
    }

    static String quotaSeat(String roundId, String organisationId, int seat) {
        return roundId + "/" + organisationId + "/" + seat;
    }

    static String candidateOnce(String roundId, String email) {
        return roundId + "/" + email;
    }

    /** What a withdrawn nomination holds instead of a seat or a candidate's place, unique to it. */
    static String released(String nominationId) {
        return "released/" + nominationId;
    }

    Nomination toNomination() {
        Decision d = decision == null ? null : new Decision(Decision.Outcome.valueOf(decision.outcome()),
                decision.reason(), decision.decidedBy(), decision.decidedAt());
        return new Nomination(id, roundId, organisationId, nominatedBy,
                new Candidate(candidate.name(), candidate.email(), Profession.valueOf(candidate.profession()),
                        Region.valueOf(candidate.region()), candidate.topics()),
                statement, NominationStatus.valueOf(status), submittedAt, d, memberId);
    }
}
