package org.qnet.bench;

import java.time.Duration;
import java.util.List;

/** The load of a run: the full benchmark, or the smoke version the test suite runs in seconds. */
record Settings(boolean smoke, int members, Duration warmUp, Duration readDuration, int connections,
                List<Integer> rates, Duration rateDuration, int backlog, int registrations, int seats,
                int streams, boolean demoData, List<String> footprintApplications) {

    static Settings fullRun() {
        return new Settings(false, 1000, Duration.ofSeconds(30), Duration.ofSeconds(30), 64, List.of(50, 200, 500),
                Duration.ofSeconds(60), 100_000, 1000, 100, 30, true, Footprint.APPLICATIONS);
    }

    static Settings smokeRun() {
        return new Settings(true, 24, Duration.ofSeconds(1), Duration.ofSeconds(2), 8, List.of(10),
                Duration.ofSeconds(3), 300, 20, 5, 6, false, List.of("identity"));
    }
}
