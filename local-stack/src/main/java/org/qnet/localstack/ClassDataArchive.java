package org.qnet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Launches an application from its jar extracted by Spring Boot's tools jar mode, with a class-data
 * sharing archive of the classes it loads while its context refreshes. The JVM then maps those classes
 * instead of reading, verifying and linking each one from the nested jar, which halves start-up here
 * (members-service: 12 s to 6 s on two cores). The archive comes from one training run per build of
 * the jar, the context refreshed and left at once ({@code spring.context.exit=onRefresh}), and is kept
 * beside the jar until the jar changes.
 */
final class ClassDataArchive {

    private static final long TRAINING_MINUTES = 3;
    private static final String ARCHIVE = "application.jsa";

    private final Path jar;
    private final Path folder;

    private ClassDataArchive(Path jar, Path folder) {
        this.jar = jar;
        this.folder = folder;
    }

    /** The archive for this build of the jar on this JVM. */
    static ClassDataArchive of(Path jar) {
        return of(jar, System.getProperty("java.vm.version"));
    }

    /**
     * The archive for this build of the jar on the given JVM: a folder named by the jar's size and
     * modification time and the JVM's version. A JVM quietly runs without an archive that another JVM
     * made, which doubles its start-up, so one made on JDK 17 is never offered to JDK 25.
     */
    static ClassDataArchive of(Path jar, String jvmVersion) {
        try {
            String build = Files.getLastModifiedTime(jar).toMillis() + "-" + Files.size(jar) + "-"
                    + jvmVersion.replaceAll("[^A-Za-z0-9.-]", "_");
            return new ClassDataArchive(jar, jar.resolveSibling("class-data").resolve(build));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    /**
     * What follows the JVM options to launch the application: the extracted jar with its archive, made
     * first if this build has none, or the packaged jar as it is when no archive could be made.
     */
    List<String> launchArguments(List<String> jvmOptions, Map<String, String> environment, Path log) {
        Path extracted = folder.resolve(jar.getFileName());
        Path archive = folder.resolve(ARCHIVE);
        // One training per build, also when several stacks (test JVMs) start from the same jars at once.
        synchronized (ClassDataArchive.class) {
            try (FileChannel lockFile = FileChannel.open(jar.resolveSibling("class-data.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (!Files.exists(archive)) {
                    train(jvmOptions, environment, log, extracted, archive);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the class-data archive of " + jar, e);
            }
        }
        if (!Files.exists(archive)) {
            return List.of("-jar", jar.toString());
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
    }

    private void train(List<String> jvmOptions, Map<String, String> environment, Path log, Path extracted,
                       Path archive) throws IOException {
        deleteEarlierBuilds();
        Files.createDirectories(folder);
        if (!Files.exists(extracted) && run(List.of("-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--force", "--destination", folder.toString()), environment, log) != 0) {
            return;
        }
        List<String> training = new ArrayList<>(jvmOptions);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", extracted.toString()));
        if (run(training, environment, log) != 0) {
            Files.deleteIfExists(archive);
        }
    }

    private static int run(List<String> arguments, Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    private void deleteEarlierBuilds() throws IOException {
        Path builds = folder.getParent();
        if (!Files.isDirectory(builds)) {
            return;
        }
        try (Stream<Path> all = Files.walk(builds)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(builds) && !path.startsWith(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
