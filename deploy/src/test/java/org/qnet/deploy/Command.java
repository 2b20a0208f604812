package org.qnet.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A tool the deployment's users run on it (kubectl, promtool), run the same way here. */
final class Command {

    record Result(int exitCode, String output) {
    }

    private Command() {
    }

    /**
     * The path of a tool from Debian's packages; {@code bin/debian-tool} fetches it into target/
     * when the machine lacks it.
     */
    static String debianTool(String command, String debianPackage) {
        Result found = run(Repository.ROOT, "bin/debian-tool", command, debianPackage);
        if (found.exitCode() != 0) {
            throw new IllegalStateException("cannot find or fetch " + command + ": " + found.output());
        }
        List<String> lines = found.output().lines().toList();
        return lines.get(lines.size() - 1).trim();
    }

    static Result run(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
