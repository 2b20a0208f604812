package org.qnet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.qnet.localstack.LocalStack;

/**
 * Scenario 2: a member asks another to connect over HTTP; the time until the addressee's live stream
 * shows it, at fixed request rates. Each pair of members has one request at a time: once the addressee
 * has seen it, the requester withdraws it, and the pair is free again.
 */
final class EventPathLatency {

    record Outcome(List<Latencies.Summary> qnet, List<Latencies.Summary> baseline, long skippedForLackOfPairs,
                   WarmUp.Outcome qnetWarmUp, WarmUp.Outcome baselineWarmUp) {
    }

    private record Pair(BenchCommunity.Member requester, BenchCommunity.Member addressee) {
    }

    /** A request sent at {@code due}, whose notification is awaited; {@code underWay} counts its run's. */
    private record InFlight(Pair pair, long due, Latencies latencies, AtomicLong underWay) {
    }

    /** How long what is under way when a rate's sending ends is given to arrive before it counts as lost. */
    static final Duration ARRIVAL = Duration.ofSeconds(15);

    /** The notification beat the HTTP answer that tells its connection's id. */
    private static final InFlight ARRIVED_EARLY = new InFlight(null, 0, null, null);

    private final LocalStack stack;
    private final Settings settings;
    private final ConcurrentLinkedQueue<Pair> free = new ConcurrentLinkedQueue<>();
    private final Map<String, InFlight> awaited = new ConcurrentHashMap<>();
    private final AtomicLong skipped = new AtomicLong();

    EventPathLatency(LocalStack stack, Settings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    Outcome run(List<BenchCommunity.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                free.add(new Pair(members.get(i), members.get(j)));
            }
        }
        List<Latencies.Summary> qnet;
        WarmUp.Outcome qnetWarmUp;
        try (LiveStreams streams = new LiveStreams(stack.url("notifications"), members, this::seen)) {
            // The store runs in this JVM, so its compilers are watched with the services' and the broker's.
            qnetWarmUp = warmUp(this::atRate, List.of(stack.process("members"), stack.process("notifications"),
                    stack.broker().process(), ProcessHandle.current()));
            qnet = atEachRate(this::atRate);
        }
        List<Latencies.Summary> baseline;
        WarmUp.Outcome baselineWarmUp;
        try (KafkaRoundTrip roundTrip = new KafkaRoundTrip(stack.kafkaBootstrapServers())) {
            baselineWarmUp = warmUp(roundTrip::run, List.of(stack.broker().process(), ProcessHandle.current()));
            baseline = atEachRate(roundTrip::run);
        }
        return new Outcome(qnet, baseline, skipped.get(), qnetWarmUp, baselineWarmUp);
    }

    /** Sends at a rate for a while into the latencies given; returns how many it sent. */
    private interface Load {
        long run(int rate, Duration duration, Latencies latencies);
    }

    /** A warm-up at the first rate, until the compilers of the processes serving it settle. */
    private WarmUp.Outcome warmUp(Load load, List<ProcessHandle> serving) {
        return WarmUp.run(settings.warmUpRound(), settings.warmUpLimit(), serving,
                round -> load.run(settings.rates().get(0), round, new Latencies()));
    }

    /** Each rate in turn, each with latencies of its own. */
    private List<Latencies.Summary> atEachRate(Load load) {
        List<Latencies.Summary> summaries = new ArrayList<>();
        for (int rate : settings.rates()) {
            Latencies latencies = new Latencies();
            summaries.add(latencies.summary(rate, load.run(rate, settings.rateDuration(), latencies)));
        }
        return summaries;
    }

    /**
     * Sends for the duration, then gives what is under way time to arrive, counting a request as under
     * way from its send (its answer may not be back yet) until its notification is seen or it failed;
     * returns how many were sent.
     */
    private long atRate(int rate, Duration duration, Latencies latencies) {
        AtomicLong sent = new AtomicLong();
        AtomicLong underWay = new AtomicLong();
        String connections = stack.url("members") + "/connections";
        OpenLoop.run(rate, duration, due -> {
            Pair pair = free.poll();
            if (pair == null) {
                skipped.incrementAndGet();
                return;
            }
            sent.incrementAndGet();
            underWay.incrementAndGet();
            Http.postAsync(connections, pair.requester().token(), "{\"peerId\": \"" + pair.addressee().id() + "\"}")
                    .whenComplete((answer, failure) -> {
                        if (failure != null || answer.status() != 201) {
                            underWay.decrementAndGet();
                            free.add(pair);
                            return;
                        }
                        String id = answer.json().get("id").asString();
                        InFlight flight = new InFlight(pair, due, latencies, underWay);
                        boolean[] notifiedAlready = new boolean[1];
                        awaited.compute(id, (key, waiting) -> {
                            notifiedAlready[0] = waiting == ARRIVED_EARLY;
                            return notifiedAlready[0] ? null : flight;
                        });
                        if (notifiedAlready[0]) {
                            done(id, flight);
                        }
                    });
        });
        Pause.until(() -> underWay.get() == 0, ARRIVAL);
        return sent.get();
    }

    private void seen(String connectionId) {
        InFlight[] waiting = new InFlight[1];
        awaited.compute(connectionId, (key, flight) -> {
            waiting[0] = flight;
            return flight == null ? ARRIVED_EARLY : null;
        });
        if (waiting[0] != null && waiting[0] != ARRIVED_EARLY) {
            done(connectionId, waiting[0]);
        }
    }

    private void done(String connectionId, InFlight flight) {
        flight.latencies().record(flight.due());
        flight.underWay().decrementAndGet();
        Http.deleteAsync(stack.url("members") + "/connections/" + connectionId, flight.pair().requester().token())
                .whenComplete((answer, failure) -> free.add(flight.pair()));
    }
}
