package org.qnet.members.round.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.qnet.members.round.application.RecruitmentRounds;
import org.qnet.members.round.application.RecruitmentRounds.Closing;
import org.qnet.members.round.model.RecruitmentRound;
import org.qnet.members.round.model.RecruitmentRound.Opening;
import org.qnet.platform.problem.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Recruitment rounds: opened and closed by ADMIN, read by ADMIN, PANEL and nominators. */
@RestController
@RequestMapping("/rounds")
class RoundController {

    private final RecruitmentRounds rounds;

    RoundController(RecruitmentRounds rounds) {
        this.rounds = rounds;
    }

    record OpenRoundRequest(@NotBlank @Size(max = RecruitmentRound.MAX_NAME_LENGTH) String name,
                            @NotNull Instant opensAt, @NotNull Instant closesAt, @NotNull Integer quota) {
    }

    record RoundResponse(String id, String name, Instant opensAt, Instant closesAt, int quota, String status,
                         Instant closedAt) {
        static RoundResponse of(RecruitmentRound round, Instant now) {
            return new RoundResponse(round.id(), round.name(), round.opensAt(), round.closesAt(), round.quota(),
                    round.statusAt(now).code(), round.closedAt());
        }
    }

    @PostMapping
    Mono<ResponseEntity<RoundResponse>> open(@Valid @RequestBody OpenRoundRequest request) {
        return rounds.open(request.name(), request.opensAt(), request.closesAt(), request.quota()).map(opening -> {
            if (opening instanceof Opening.Refused refused) {
                throw Problems.invalidField(refused.field(), refused.reason());
            }
            RecruitmentRound round = ((Opening.Opened) opening).round();
            return ResponseEntity.created(URI.create("/rounds/" + round.id())).body(RoundResponse.of(round, rounds.now()));
        });
    }

    @PostMapping("/{id}/close")
    Mono<RoundResponse> close(@PathVariable String id) {
        return rounds.close(id).map(closing -> {
            if (closing instanceof Closing.Closed closed) {
                return RoundResponse.of(closed.round(), rounds.now());
            }
            if (closing instanceof Closing.AlreadyClosed) {
                throw Problems.conflict("Round " + id + " is already closed.");
            }
            throw Problems.notFound("No recruitment round " + id);
        });
    }

    @GetMapping("/{id}")
    Mono<RoundResponse> one(@PathVariable String id) {
        return rounds.find(id).map(round -> RoundResponse.of(round, rounds.now()))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No recruitment round " + id)));
    }

    @GetMapping
    Flux<RoundResponse> all() {
        Instant now = rounds.now();
        return rounds.all().map(round -> RoundResponse.of(round, now));
    }
}
