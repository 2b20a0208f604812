package org.qnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dockerfile's training step, run as the image build runs it: on the layers of the packaged jar,
 * with no database, broker or issuer to reach.
 */
class ImageTrainingIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
            "application");

    @TempDir
    Path build;

    @ParameterizedTest
    @ValueSource(strings = {"identity", "members-service", "projects-service", "events-service",
            "notifications-service", "gateway"})
    void an_application_trains_its_class_data_archive_where_its_image_is_built(String module) throws Exception {
        Path app = layersOf(packagedJar(module));

        Command.Result training = java(app, "-XX:ArchiveClassesAtExit=application.jsa",
                "-Dspring.context.exit=onRefresh", "-jar", "application.jar");

        assertThat(training.exitCode()).as(training.output()).isZero();
        assertThat(app.resolve("application.jsa")).isNotEmptyFile();
    }

    private static Path packagedJar(String module) throws IOException {
        try (Stream<Path> files = Files.list(Repository.ROOT.resolve(module).resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-[^/]*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " is not packaged: run ./mvnw package first"));
        }
    }

    /** What the image's layers stage extracts and its last stage copies into /app, one layer over the other. */
    private Path layersOf(Path jar) throws Exception {
        Path application = Files.copy(jar, build.resolve("application.jar"));
        Command.Result extracted = java(build, "-Djarmode=tools", "-jar", application.toString(), "extract",
                "--layers", "--destination", "extracted");
        assertThat(extracted.exitCode()).as(extracted.output()).isZero();
        Path app = Files.createDirectories(build.resolve("app"));
        for (String layer : LAYERS) {
            Path from = build.resolve("extracted").resolve(layer);
            if (Files.isDirectory(from)) {
                copyInto(from, app);
            }
        }
        return app;
    }

    private static void copyInto(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Runs java where nothing qnet talks to answers: every address points at a closed port. */
    private static Command.Result java(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("MONGODB_URI", "mongodb://127.0.0.1:1");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        builder.environment().put("QNET_ISSUER_URI", "http://127.0.0.1:1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        return new Command.Result(process.exitValue(), output);
    }
}
