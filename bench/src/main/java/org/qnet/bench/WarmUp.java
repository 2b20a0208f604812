package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A load run in rounds until the JIT compilers of every process serving it have settled. Six JVMs share
 * two cores here; a service under a load new to it compiles for minutes, and its compiler threads take
 * the cores its requests would have, so a figure measured meanwhile is as much the compiler's as the
 * service's. The warm-up ends after a round in which no serving process's compiler threads took more than
 * a twentieth of a core, or at its limit, which the report then says.
 */
final class WarmUp {

    /** How long the warm-up ran, and whether the compilers had settled by its end. */
    record Outcome(Duration took, boolean settled) {
    }

    static final double SETTLED_SHARE_OF_A_CORE = 0.05;

    /** Linux counts thread CPU time in ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private WarmUp() {
    }

    /** Runs {@code load} for a round at a time until the compilers of {@code serving} settle or the limit is reached. */
    static Outcome run(Duration round, Duration limit, List<ProcessHandle> serving, Consumer<Duration> load) {
        Duration took = Duration.ZERO;
        while (true) {
            List<Map<Long, Long>> before = serving.stream().map(WarmUp::compilerTicks).toList();
            load.accept(round);
            took = took.plus(round);
            double busiest = 0;
            for (int i = 0; i < serving.size(); i++) {
                busiest = Math.max(busiest, ticksSince(before.get(i), compilerTicks(serving.get(i))) / TICKS_PER_SECOND
                        / (round.toMillis() / 1000.0));
            }
            boolean settled = busiest <= SETTLED_SHARE_OF_A_CORE;
            if (settled || took.compareTo(limit) >= 0) {
                return new Outcome(took, settled);
            }
        }
    }

    /** Ticks taken by compiler threads since {@code before}; a thread started meanwhile counts in full. */
    static long ticksSince(Map<Long, Long> before, Map<Long, Long> after) {
        long ticks = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            ticks += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return ticks;
    }

    /** CPU ticks (user and system) of each of the process's JIT compiler threads, by thread id. */
    static Map<Long, Long> compilerTicks(ProcessHandle process) {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path thread : threads.toList()) {
                threadStat(thread).filter(WarmUp::isCompiler).ifPresent(stat ->
                        ticks.put(Long.parseLong(thread.getFileName().toString()), cpuTicks(stat)));
            }
        } catch (NoSuchFileException gone) {
            return ticks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    /** HotSpot names its compiler threads "C1 CompilerThread0", "C2 CompilerThread1" and so on. */
    static boolean isCompiler(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
    }

    /** utime and stime, the 14th and 15th fields of {@code /proc/<pid>/task/<tid>/stat}. */
    static long cpuTicks(String stat) {
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterName[11]) + Long.parseLong(afterName[12]);
    }

    private static Optional<String> threadStat(Path thread) {
        try {
            return Optional.of(Files.readString(thread.resolve("stat")));
        } catch (NoSuchFileException ended) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
