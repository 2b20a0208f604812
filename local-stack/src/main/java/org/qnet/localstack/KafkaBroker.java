package org.qnet.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run from the Kafka jars in
 * a JVM of its own. A separate process rather than an in-JVM broker, so that it can be stopped and
 * started again on the same port and log directory, exactly as an outage looks to the services.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBroker(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port == 0 ? FreePorts.next() : port;
        // Fixed beside a fixed listener, so that a restart over the same data finds its controller again.
        this.controllerPort = port == 0 ? FreePorts.next() : port + 1;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaBroker start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(config);
            }
            process = java("kafka.Kafka", List.of(config.toString()), dataDir.resolve("broker.log")).start();
            Files.writeString(dataDir.resolve("broker.pid"), Long.toString(process.pid()));
            awaitListening();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start; see " + dataDir.resolve("broker.log"), e);
        }
    }

    /**
     * Stops the broker as an operator would (SIGTERM, controlled shutdown), keeping its data. Also stops a
     * broker started from the same data folder by {@code bin/kafka-broker start}.
     */
    public synchronized void stop() {
        ProcessHandle broker = process != null ? process.toHandle() : recordedBroker();
        process = null;
        if (broker == null || !broker.isAlive()) {
            return;
        }
        broker.destroy();
        try {
            broker.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broker.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            broker.destroyForcibly();
        }
    }

    private ProcessHandle recordedBroker() {
        try {
            Path pid = dataDir.resolve("broker.pid");
            return Files.exists(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).orElse(null) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The broker's operating-system process, e.g. to read what its threads take. */
    public synchronized ProcessHandle process() {
        if (process == null) {
            throw new IllegalStateException("the broker is not running");
        }
        return process.toHandle();
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(dataDir);
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        // The services' topics have six partitions, so one instance or six share the load evenly.
        p.setProperty("num.partitions", "6");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        Path config = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            p.store(out, "qnet local Kafka broker (KRaft)");
        }
        return config;
    }

    private void format(Path config) throws IOException {
        byte[] uuid = new byte[16];
        new SecureRandom().nextBytes(uuid);
        String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(uuid);
        // "=" keeps an id that starts with "-" (one in 64) from being read as an option.
        Process formatting = java("kafka.tools.StorageTool",
                List.of("format", "--ignore-formatted", "--cluster-id=" + clusterId, "-c", config.toString()),
                dataDir.resolve("format.log")).start();
        try {
            if (formatting.waitFor() != 0) {
                throw new IOException("kafka storage format failed; see " + dataDir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting Kafka storage", e);
        }
    }

    private ProcessBuilder java(String mainClass, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        command.addAll(List.of("-cp", brokerClasspath(), mainClass));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IOException("Kafka broker not listening on " + port + " within " + START_TIMEOUT);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IOException(CLASSPATH_RESOURCE + " missing: build local-stack with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
