package org.qnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a run ran on, so that figures from different machines are never compared as if alike. */
record Machine(String cpu, int cores, long memoryMegabytes, String os, String java) {

    static Machine current() {
        return new Machine(firstValue(Path.of("/proc/cpuinfo"), "model name"), Runtime.getRuntime().availableProcessors(),
                installedMemory(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static long installedMemory() {
        String total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return total.isEmpty() ? 0 : Long.parseLong(total.replaceAll("[^0-9]", "")) / 1024;
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException unreadable) {
            return "";
        }
    }
}
