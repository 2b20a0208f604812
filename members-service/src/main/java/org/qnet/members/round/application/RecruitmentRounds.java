package org.qnet.members.round.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.qnet.contracts.members.RecruitmentRoundClosed;
import org.qnet.contracts.members.RecruitmentRoundOpened;
import org.qnet.members.round.infrastructure.RoundStore;
import org.qnet.members.round.model.RecruitmentRound;
import org.qnet.members.round.model.RecruitmentRound.Opening;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An ADMIN opens and closes recruitment rounds; nominators and the panel look them up. */
@Service
public class RecruitmentRounds {

    private final RoundStore store;
    private final Clock clock;

    RecruitmentRounds(RoundStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<Opening> open(String name, Instant opensAt, Instant closesAt, int quota) {
        Opening opening = RecruitmentRound.open(UUID.randomUUID().toString(), name, opensAt, closesAt, quota,
                clock.instant());
        if (opening instanceof Opening.Opened opened) {
            RecruitmentRound round = opened.round();
            return store.insert(round, new RecruitmentRoundOpened(round.id(), round.name(), round.opensAt(),
                            round.closesAt(), round.quota()))
                    .map(Opening.Opened::new);
        }
        return Mono.just(opening);
    }

    /** Closes a running round; {@link Closing.AlreadyClosed} when it had stopped taking nominations. */
    public Mono<Closing> close(String id) {
        Instant now = clock.instant();
        return store.close(id, now, new RecruitmentRoundClosed(id, now))
                .<Closing>map(Closing.Closed::new)
                .switchIfEmpty(store.find(id).<Closing>map(round -> new Closing.AlreadyClosed()))
                .defaultIfEmpty(new Closing.Missing());
    }

    public Mono<RecruitmentRound> find(String id) {
        return store.find(id);
    }

    public Flux<RecruitmentRound> all() {
        return store.all();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The outcome of closing a round. */
    public sealed interface Closing {
        record Closed(RecruitmentRound round) implements Closing {
        }

        record AlreadyClosed() implements Closing {
        }

        record Missing() implements Closing {
        }
    }
}
