package org.qnet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One Spring Boot application of qnet, run from its packaged jar in a JVM of its own. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final String healthPath;
    private final Map<String, String> environment;
    private final Path log;
    private List<String> launch;
    private Process process;

    ServiceProcess(String name, Path jar, int port, String healthPath, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.healthPath = healthPath;
        this.environment = environment;
        this.log = log;
    }

    /** The repackaged jar a module's build left in its target folder. */
    static Path jarOf(Path root, String module) {
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().startsWith(module + "-"))
                    .filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + module + " in " + target));
        } catch (IOException e) {
            throw new IllegalStateException(module + " is not built: run ./mvnw install -DskipTests first", e);
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Makes the class-data archive of this build of the application, if it has none yet. */
    void prepare(List<String> jvmOptions) {
        launch = ClassDataArchive.of(jar).launchArguments(jvmOptions, environmentWithPort(), log);
    }

    void start(List<String> jvmOptions) {
        if (launch == null) {
            prepare(jvmOptions);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environmentWithPort());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private Map<String, String> environmentWithPort() {
        Map<String, String> withPort = new HashMap<>(environment);
        withPort.put("PORT", Integer.toString(port));
        return withPort;
    }

    ProcessHandle handle() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.toHandle();
    }

    boolean isHealthy() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " exited; see " + log);
        }
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + healthPath))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the application to shut down gracefully, without waiting for it. */
    void requestStop() {
        if (process != null) {
            process.destroy();
        }
    }

    void awaitStopped() {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
