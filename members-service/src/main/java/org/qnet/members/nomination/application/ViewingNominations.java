package org.qnet.members.nomination.application;

import org.qnet.members.nomination.infrastructure.NominationFilter;
import org.qnet.members.nomination.infrastructure.NominationStore;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.round.infrastructure.RoundStore;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who sees a nomination: the panel sees all; a nominator sees their own organisation's, and for
 * anyone else's is told there is no such nomination; nobody else sees any.
 */
@Service
public class ViewingNominations {

    private final NominationStore nominations;
    private final RoundStore rounds;

    ViewingNominations(NominationStore nominations, RoundStore rounds) {
        this.nominations = nominations;
        this.rounds = rounds;
    }

    public Mono<Nomination> one(String id, CurrentUser caller) {
        return nominations.find(id).filter(nomination -> maySee(nomination, caller));
    }

    /** The caller's view of the list: a nominator's is always narrowed to their own organisation. */
    public Flux<Nomination> list(NominationFilter filter, CurrentUser caller) {
        if (caller.has(Role.PANEL)) {
            return nominations.find(filter);
        }
        if (caller.has(Role.NOMINATOR) && caller.organisation().isPresent()) {
            return nominations.find(new NominationFilter(filter.roundId(), caller.organisation(), filter.status(),
                    filter.paging()));
        }
        return Flux.empty();
    }

    /** How much of the round's quota the nominator's organisation has used; empty for an unknown round. */
    public Mono<QuotaUse> quota(String roundId, CurrentUser nominator) {
        String organisationId = nominator.organisation().orElse("");
        return rounds.find(roundId).flatMap(round -> nominations.seatsTaken(roundId, organisationId)
                .map(taken -> new QuotaUse(roundId, organisationId, round.quota(), taken)));
    }

    static boolean maySee(Nomination nomination, CurrentUser caller) {
        return caller.has(Role.PANEL) || caller.nominatesFor(nomination.organisationId());
    }

    /** An organisation's use of its quota in a round. */
    public record QuotaUse(String roundId, String organisationId, int quota, long taken) {
        public long left() {
            return Math.max(0, quota - taken);
        }
    }
}
