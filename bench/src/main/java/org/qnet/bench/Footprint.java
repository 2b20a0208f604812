package org.qnet.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qnet.localstack.LocalStack;

/**
 * Scenario 5: how long each application takes from its JVM's start to answering ready, started alone
 * on an otherwise idle stack, and its resident memory when idle.
 */
final class Footprint {

    static final List<String> APPLICATIONS = List.of("identity", "members", "projects", "events", "notifications");

    record Application(String name, Duration startUp, long idleMegabytes) {
    }

    private final LocalStack stack;

    Footprint(LocalStack stack) {
        this.stack = stack;
    }

    Map<String, Application> run(List<String> applications) {
        Map<String, Application> measured = new LinkedHashMap<>();
        for (String application : applications) {
            Duration startUp = stack.restart(application, () -> { });
            Pause.of(Duration.ofSeconds(5));
            measured.put(application, new Application(application, startUp,
                    Memory.residentMegabytes(stack.process(application))));
        }
        return measured;
    }
}
