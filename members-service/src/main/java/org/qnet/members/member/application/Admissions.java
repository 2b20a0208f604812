package org.qnet.members.member.application;

import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.member.model.Profile;
import org.qnet.members.nomination.infrastructure.NominationStore;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.organisation.infrastructure.OrganisationStore;
import org.qnet.members.organisation.model.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Turns an admitted nomination into a member, with a profile seeded from the nomination. Driven by the
 * published {@link NominationDecided}, so it happens even if the service stopped right after the
 * decision; replaying it changes nothing.
 */
@Service
public class Admissions {

    private static final Logger log = LoggerFactory.getLogger(Admissions.class);
    static final String ADMITTED = "admitted";

    private final NominationStore nominations;
    private final OrganisationStore organisations;
    private final MemberStore members;

    Admissions(NominationStore nominations, OrganisationStore organisations, MemberStore members) {
        this.nominations = nominations;
        this.organisations = organisations;
        this.members = members;
    }

    public Mono<Void> on(NominationDecided decided) {
        if (!ADMITTED.equals(decided.outcome())) {
            return Mono.empty();
        }
        return nominations.find(decided.nominationId())
                .switchIfEmpty(Mono.fromRunnable(() -> log.warn(
                        "admission of nomination {} skipped: this store does not hold it", decided.nominationId())))
                .flatMap(nomination -> organisations.find(nomination.organisationId())
                        .map(Organisation::name)
                        .defaultIfEmpty(nomination.organisationId())
                        .flatMap(organisationName -> admit(nomination, decided, organisationName)));
    }

    private Mono<Void> admit(Nomination nomination, NominationDecided decided, String organisationName) {
        var candidate = nomination.candidate();
        Member member = new Member(decided.memberId(), candidate.name(), candidate.email(),
                Profile.seeded(candidate.profession(), candidate.region(), organisationName, candidate.topics()),
                decided.decidedAt(), nomination.id(), 0);
        var admitted = new MemberAdmitted(member.id(), member.name(), member.email(), candidate.profession().code(),
                candidate.region().displayName(), nomination.organisationId(), candidate.topics(), member.admittedAt());
        return members.admit(member, admitted).then();
    }
}
