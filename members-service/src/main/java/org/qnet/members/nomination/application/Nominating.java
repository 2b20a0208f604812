package org.qnet.members.nomination.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qnet.contracts.members.Candidate;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.contracts.members.NominationWithdrawn;
import org.qnet.members.nomination.infrastructure.NominationStore;
import org.qnet.members.nomination.infrastructure.NominationStore.Placement;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.nomination.model.Nomination.Submission;
import org.qnet.members.organisation.infrastructure.OrganisationStore;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.members.round.infrastructure.RoundStore;
import org.qnet.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A nominator puts candidates forward for their organisation while a round is open, and may withdraw them. */
@Service
public class Nominating {

    private final NominationStore nominations;
    private final RoundStore rounds;
    private final OrganisationStore organisations;
    private final Clock clock;

    Nominating(NominationStore nominations, RoundStore rounds, OrganisationStore organisations, Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** What a nominator submits about their candidate. */
    public record CandidateDetails(String name, String email, Profession profession, Region region,
                                   List<String> topics, String statement) {
    }

    public Mono<Outcome> submit(CurrentUser nominator, String roundId, CandidateDetails details) {
        String organisationId = nominator.organisation().orElse("");
        Instant now = clock.instant();
        return organisations.find(organisationId)
                .filter(organisation -> organisation.hasNominator(nominator.subject()))
                .<Outcome>flatMap(organisation -> rounds.find(roundId)
                        .<Outcome>flatMap(round -> {
                            if (!round.takesNominationsAt(now)) {
                                return Mono.just(new Outcome.RoundNotOpen());
                            }
                            Submission submission = Nomination.submit(UUID.randomUUID().toString(), roundId,
                                    organisationId, nominator.subject(), details.name(), details.email(),
                                    details.profession(), details.region(), details.topics(), details.statement(), now);
                            if (submission instanceof Submission.Refused refused) {
                                return Mono.just(new Outcome.Refused(refused.field(), refused.reason()));
                            }
                            Nomination nomination = ((Submission.Submitted) submission).nomination();
                            return nominations.placeWithinQuota(nomination, round.quota(), submitted(nomination))
                                    .map(Nominating::outcomeOf);
                        })
                        .defaultIfEmpty(new Outcome.RoundMissing()))
                .defaultIfEmpty(new Outcome.NotANominator());
    }

    private static Outcome outcomeOf(Placement placement) {
        if (placement instanceof Placement.Placed placed) {
            return new Outcome.Submitted(placed.nomination());
        }
        return placement instanceof Placement.QuotaFull ? new Outcome.QuotaFull() : new Outcome.AlreadyNominated();
    }

    private static NominationSubmitted submitted(Nomination n) {
        return new NominationSubmitted(n.id(), n.roundId(), n.organisationId(),
                new Candidate(n.candidate().name(), n.candidate().email()), n.submittedAt());
    }

    /** Withdraws an undecided nomination of the nominator's own organisation. */
    public Mono<Outcome> withdraw(CurrentUser nominator, String nominationId) {
        Instant now = clock.instant();
        return nominations.find(nominationId)
                .filter(n -> nominator.nominatesFor(n.organisationId()))
                .<Outcome>flatMap(n -> nominations.withdraw(n.id(), now,
                                new NominationWithdrawn(n.id(), n.roundId(), n.organisationId(), now))
                        .<Outcome>map(Outcome.Withdrawn::new)
                        .defaultIfEmpty(new Outcome.AlreadyDecided()))
                .defaultIfEmpty(new Outcome.NominationMissing());
    }

    /** What became of a nominator's request. */
    public sealed interface Outcome {
        record Submitted(Nomination nomination) implements Outcome {
        }

        record Withdrawn(Nomination nomination) implements Outcome {
        }

        record Refused(String field, String reason) implements Outcome {
        }

        record NotANominator() implements Outcome {
        }

        record RoundMissing() implements Outcome {
        }

        record RoundNotOpen() implements Outcome {
        }

        record QuotaFull() implements Outcome {
        }

        record AlreadyNominated() implements Outcome {
        }

        record NominationMissing() implements Outcome {
        }

        record AlreadyDecided() implements Outcome {
        }
    }
}
