package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.qnet.localstack.LocalStack;

/**
 * Scenario 1: the commonest reads at 64 connections, against bare WebFlux answering the same JSON
 * from memory in a JVM started the same way. Also samples each service's memory while it serves.
 */
final class ReadThroughput {

    record Read(String name, String service, String pathAndQuery) {
    }

    record Figure(String read, Wrk.Outcome qnet, Wrk.Outcome baseline, WarmUp.Outcome qnetWarmUp,
                  WarmUp.Outcome baselineWarmUp) {
        double throughputRatio() {
            return qnet.requestsPerSecond() / baseline.requestsPerSecond();
        }
    }

    record Outcome(List<Figure> figures, Map<String, Long> peakMegabytesUnderLoad) {
    }

    private final LocalStack stack;
    private final Settings settings;
    private final Wrk wrk;

    ReadThroughput(LocalStack stack, Settings settings, Wrk wrk) {
        this.stack = stack;
        this.settings = settings;
        this.wrk = wrk;
    }

    Outcome run(BenchCommunity.Member viewer, String someMemberId) {
        List<Read> reads = List.of(
                new Read("GET /members/{id}", "members", "/members/" + someMemberId),
                new Read("GET /members?topic=", "members", "/members?topic=sepsis"),
                new Read("GET /events?from=", "events", "/events?from=" + LocalDate.now()));
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Read read : reads) {
            bodies.put(URI.create(read.pathAndQuery()).getPath(),
                    Http.get(stack.url(read.service()) + read.pathAndQuery(), viewer.token()).expect(200).body());
        }
        Map<String, Long> peaks = new ConcurrentHashMap<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            for (String application : Footprint.APPLICATIONS) {
                peaks.merge(application, Memory.residentMegabytes(stack.process(application)), Math::max);
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        List<Figure> figures = new ArrayList<>();
        try (Baseline baseline = Baseline.start(bodies)) {
            for (Read read : reads) {
                String service = stack.url(read.service()) + read.pathAndQuery();
                String bare = baseline.url() + read.pathAndQuery();
                // The store answering the services runs in this JVM, so its compilers are watched too.
                WarmUp.Outcome qnetWarmUp = warmUp(service, viewer.token(),
                        List.of(stack.process(read.service()), ProcessHandle.current()));
                WarmUp.Outcome baselineWarmUp = warmUp(bare, null, List.of(baseline.process.toHandle()));
                Wrk.Outcome qnet = wrk.load(service, viewer.token(), settings.connections(), settings.readDuration());
                Wrk.Outcome base = wrk.load(bare, null, settings.connections(), settings.readDuration());
                figures.add(new Figure(read.name(), qnet, base, qnetWarmUp, baselineWarmUp));
            }
        } finally {
            sampler.shutdownNow();
        }
        return new Outcome(figures, Map.copyOf(peaks));
    }

    private WarmUp.Outcome warmUp(String url, String token, List<ProcessHandle> serving) {
        return WarmUp.run(settings.warmUpRound(), settings.warmUpLimit(), serving,
                round -> wrk.load(url, token, settings.connections(), round));
    }

    /** The bare WebFlux server, in a JVM of its own with the services' JVM options. */
    private static final class Baseline implements AutoCloseable {

        private final Process process;
        private final int port;

        private Baseline(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Baseline start(Map<String, String> bodies) {
            try {
                Path file = Files.createTempFile("qnet-baseline-", ".json");
                Files.writeString(file, Http.JSON.writeValueAsString(bodies));
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(LocalStack.applicationJvmOptions());
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), BaselineServer.class.getName(),
                        Integer.toString(port), file.toString()));
                Path log = Files.createTempFile("qnet-baseline-", ".log");
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                Baseline baseline = new Baseline(process, port);
                baseline.awaitListening(bodies.keySet().iterator().next(), log);
                return baseline;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        private void awaitListening(String path, Path log) {
            for (int attempt = 0; attempt < 300; attempt++) {
                try {
                    if (Http.get(url() + path, null).status() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    Pause.of(100);
                }
            }
            throw new IllegalStateException("the baseline server did not start; see " + log);
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
