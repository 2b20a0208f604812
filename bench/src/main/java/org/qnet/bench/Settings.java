package org.qnet.bench;

import java.time.Duration;
import java.util.List;
import org.qnet.localstack.LocalStack;

/**
 * The load of a run: the full benchmark, or the smoke version the test suite runs in seconds; and where
 * the run's throwaway stack keeps its documents. A warm-up runs in rounds of {@code warmUpRound} until the
 * compilers settle ({@link WarmUp}), for {@code warmUpLimit} at most.
 */
record Settings(boolean smoke, int members, Duration warmUpRound, Duration warmUpLimit, Duration readDuration,
                int connections, List<Integer> rates, Duration rateDuration, int backlog, int registrations, int seats,
                int streams, boolean demoData, List<String> footprintApplications, LocalStack.Storage storage) {

    static Settings fullRun(LocalStack.Storage storage) {
        return new Settings(false, 1000, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofSeconds(30), 64,
                List.of(50, 200, 500), Duration.ofSeconds(60), 100_000, 1000, 100, 30, true, Footprint.APPLICATIONS, storage);
    }

    static Settings smokeRun() {
        return new Settings(true, 24, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 8, List.of(10),
                Duration.ofSeconds(3), 300, 20, 5, 6, false, List.of("identity"), LocalStack.Storage.MEMORY);
    }
}
