package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, the HTTP load generator, from Debian's packages (fetched by bin/debian-tool when missing):
 * a fixed number of connections kept busy for a fixed time, with its latency distribution.
 */
final class Wrk {

    record Outcome(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long errors) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private final String executable;

    private Wrk(String executable) {
        this.executable = executable;
    }

    static Wrk fromDebian(Path repositoryRoot) {
        List<String> found = run(repositoryRoot, List.of("bin/debian-tool", "wrk", "wrk", "libluajit2-5.1-2"), Duration.ofMinutes(5));
        return new Wrk(found.get(found.size() - 1).trim());
    }

    Outcome load(String url, String token, int connections, Duration duration) {
        List<String> command = new ArrayList<>(List.of(executable, "--threads", "2", "--connections",
                Integer.toString(connections), "--duration", duration.toSeconds() + "s", "--timeout", "5s", "--latency"));
        if (token != null) {
            command.addAll(List.of("--header", "Authorization: Bearer " + token));
        }
        command.add(url);
        String output = String.join("\n", run(Path.of("."), command, duration.plusMinutes(1)));
        return new Outcome(number(RATE, output), percentile(output, "50%"), percentile(output, "99%"),
                (long) number(TOTAL, output), errors(output));
    }

    private static long errors(String output) {
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return errors;
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk printed no " + pattern + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** wrk prints e.g. {@code 99%   12.34ms}, {@code 50%  850.00us} or {@code 99%    1.02s}. */
    private static double percentile(String output, String label) {
        Matcher matcher = Pattern.compile("^\\s+" + label + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE).matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk printed no " + label + " latency:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static List<String> run(Path directory, List<String> command, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed:\n" + output);
            }
            return output.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
