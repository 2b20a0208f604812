package org.qnet.members.nomination.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qnet.members.nomination.application.Nominating;
import org.qnet.members.nomination.application.Nominating.CandidateDetails;
import org.qnet.members.nomination.application.Nominating.Outcome;
import org.qnet.members.nomination.application.PanelDecisions;
import org.qnet.members.nomination.application.ViewingNominations;
import org.qnet.members.nomination.application.ViewingNominations.QuotaUse;
import org.qnet.members.nomination.infrastructure.NominationFilter;
import org.qnet.members.nomination.model.Decision;
import org.qnet.members.nomination.model.Nomination;
import org.qnet.members.nomination.model.NominationStatus;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Nominations: submitted and withdrawn by nominators, decided by the panel, seen by those two only. */
@RestController
class NominationController {

    private final Nominating nominating;
    private final PanelDecisions decisions;
    private final ViewingNominations viewing;

    NominationController(Nominating nominating, PanelDecisions decisions, ViewingNominations viewing) {
        this.nominating = nominating;
        this.decisions = decisions;
        this.viewing = viewing;
    }

    record CandidateRequest(@NotBlank @Size(max = Nomination.MAX_NAME_LENGTH) String name,
                            @NotBlank @Email @Size(max = 320) String email,
                            @NotBlank String profession,
                            @NotBlank String region,
                            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> topics) {
    }

    record SubmitNominationRequest(@NotBlank String roundId, @NotNull @Valid CandidateRequest candidate,
                                   @NotBlank @Size(max = Nomination.MAX_STATEMENT_LENGTH) String statement) {
    }

    record DecisionRequest(@NotBlank String outcome, @NotBlank @Size(max = Decision.MAX_REASON_LENGTH) String reason) {
    }

    record CandidateResponse(String name, String email, String profession, String region, List<String> topics) {
    }

    record DecisionResponse(String outcome, String reason, String decidedBy, Instant decidedAt) {
    }

    record NominationResponse(String id, String roundId, String organisationId, String nominatedBy,
                              CandidateResponse candidate, String statement, String status, Instant submittedAt,
                              DecisionResponse decision, String memberId) {
        static NominationResponse of(Nomination n) {
            var c = n.candidate();
            var d = n.decision();
            return new NominationResponse(n.id(), n.roundId(), n.organisationId(), n.nominatedBy(),
                    new CandidateResponse(c.name(), c.email(), c.profession().code(), c.region().displayName(), c.topics()),
                    n.statement(), n.status().code(), n.submittedAt(),
                    d == null ? null : new DecisionResponse(d.outcome().code(), d.reason(), d.decidedBy(), d.decidedAt()),
                    n.memberId());
        }
    }

    record QuotaResponse(String roundId, String organisationId, int quota, long taken, long left) {
        static QuotaResponse of(QuotaUse use) {
            return new QuotaResponse(use.roundId(), use.organisationId(), use.quota(), use.taken(), use.left());
        }
    }

    @PostMapping("/nominations")
    Mono<ResponseEntity<NominationResponse>> submit(@Valid @RequestBody SubmitNominationRequest request,
                                                    CurrentUser nominator) {
        CandidateRequest c = request.candidate();
        Profession profession = Profession.fromCode(c.profession())
                .orElseThrow(() -> Problems.invalidField("candidate.profession", "must be one of " + Profession.codes()));
        Region region = Region.fromDisplayName(c.region()).orElseThrow(() -> Problems.invalidField("candidate.region",
                "must be one of " + Region.names()));
        var details = new CandidateDetails(c.name(), c.email(), profession, region, c.topics(), request.statement());
        return nominating.submit(nominator, request.roundId(), details).map(outcome -> {
            if (outcome instanceof Outcome.Submitted submitted) {
                return ResponseEntity.created(URI.create("/nominations/" + submitted.nomination().id()))
                        .body(NominationResponse.of(submitted.nomination()));
            }
            throw refusal(outcome, request.roundId());
        });
    }

    @PostMapping("/nominations/{id}/withdraw")
    Mono<NominationResponse> withdraw(@PathVariable String id, CurrentUser nominator) {
        return nominating.withdraw(nominator, id).map(outcome -> {
            if (outcome instanceof Outcome.Withdrawn withdrawn) {
                return NominationResponse.of(withdrawn.nomination());
            }
            throw refusal(outcome, id);
        });
    }

    private static ErrorResponseException refusal(Outcome outcome, String id) {
        if (outcome instanceof Outcome.Refused refused) {
            return Problems.invalidField(refused.field(), refused.reason());
        }
        if (outcome instanceof Outcome.NotANominator) {
            return Problems.forbidden("You do not act for a registered nominating organisation.");
        }
        if (outcome instanceof Outcome.RoundMissing) {
            return Problems.unprocessable("There is no recruitment round " + id + ".");
        }
        if (outcome instanceof Outcome.RoundNotOpen) {
            return Problems.conflict("Recruitment round " + id + " is not taking nominations.");
        }
        if (outcome instanceof Outcome.QuotaFull) {
            return Problems.conflict("Your organisation has used its whole quota for this round.");
        }
        if (outcome instanceof Outcome.AlreadyNominated) {
            return Problems.conflict("This candidate has already been nominated in this round.");
        }
        if (outcome instanceof Outcome.AlreadyDecided) {
            return Problems.conflict("Nomination " + id + " has already been decided or withdrawn.");
        }
        return Problems.notFound("No nomination " + id);
    }

    @PostMapping("/nominations/{id}/decision")
    Mono<NominationResponse> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                    CurrentUser panellist) {
        Decision.Outcome outcome = switch (request.outcome()) {
            case "admit" -> Decision.Outcome.ADMIT;
            case "decline" -> Decision.Outcome.DECLINE;
            default -> throw Problems.invalidField("outcome", "must be admit or decline");
        };
        return decisions.decide(panellist, id, outcome, request.reason()).map(decided -> {
            if (decided instanceof PanelDecisions.Outcome.Decided d) {
                return NominationResponse.of(d.nomination());
            }
            if (decided instanceof PanelDecisions.Outcome.AlreadyDecided) {
                throw Problems.conflict("Nomination " + id + " has already been decided or withdrawn.");
            }
            throw Problems.notFound("No nomination " + id);
        });
    }

    @GetMapping("/nominations/{id}")
    Mono<NominationResponse> one(@PathVariable String id, CurrentUser caller) {
        return viewing.one(id, caller).map(NominationResponse::of)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No nomination " + id)));
    }

    @GetMapping("/nominations")
    Flux<NominationResponse> list(@RequestParam(required = false) String round,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  CurrentUser caller) {
        Optional<NominationStatus> wanted = Optional.ofNullable(status).map(code -> NominationStatus.fromCode(code)
                .orElseThrow(() -> Problems.invalidField("status", "must be one of "
                        + Arrays.stream(NominationStatus.values()).map(NominationStatus::code).toList())));
        var filter = new NominationFilter(Optional.ofNullable(round), Optional.empty(), wanted, Paging.of(page, size));
        return viewing.list(filter, caller).map(NominationResponse::of);
    }

    @GetMapping("/rounds/{roundId}/quota")
    Mono<QuotaResponse> quota(@PathVariable String roundId, CurrentUser nominator) {
        return viewing.quota(roundId, nominator).map(QuotaResponse::of)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No recruitment round " + roundId)));
    }
}
