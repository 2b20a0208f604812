package org.qnet.members.nomination.application;

import java.time.Clock;
import java.util.UUID;
import org.qnet.contracts.members.Candidate;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.members.nomination.infrastructure.NominationStore;
import org.qnet.members.nomination.model.Decision;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The panel admits or declines each nomination once. Admitting names the member-to-be; the member
 * itself is created from the published {@link NominationDecided}, so that a crash between the two
 * writes cannot lose an admission.
 */
@Service
public class PanelDecisions {

    private final NominationStore nominations;
    private final Clock clock;

    PanelDecisions(NominationStore nominations, Clock clock) {
        this.nominations = nominations;
        this.clock = clock;
    }

    public Mono<Outcome> decide(CurrentUser panellist, String nominationId, Decision.Outcome outcome, String reason) {
        return nominations.find(nominationId)
                .<Outcome>flatMap(nomination -> {
                    if (!nomination.isUndecided()) {
                        return Mono.just(new Outcome.AlreadyDecided(nomination));
                    }
                    Decision decision = new Decision(outcome, reason.strip(), panellist.subject(), clock.instant());
                    String memberId = outcome == Decision.Outcome.ADMIT ? UUID.randomUUID().toString() : null;
                    return nominations.decide(nominationId, decision, memberId, decided(nomination, decision, memberId))
                            .<Outcome>map(Outcome.Decided::new)
                            .switchIfEmpty(nominations.find(nominationId).map(Outcome.AlreadyDecided::new));
                })
                .defaultIfEmpty(new Outcome.Missing());
    }

    private static NominationDecided decided(Nomination n, Decision decision, String memberId) {
        return new NominationDecided(n.id(), n.roundId(), n.organisationId(),
                new Candidate(n.candidate().name(), n.candidate().email()), decision.outcome().code(),
                decision.reason(), memberId, decision.decidedAt());
    }

    /** What became of a decision. */
    public sealed interface Outcome {
        record Decided(Nomination nomination) implements Outcome {
        }

        record AlreadyDecided(Nomination nomination) implements Outcome {
        }

        record Missing() implements Outcome {
        }
    }
}
