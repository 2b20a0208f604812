package org.qnet.localstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of every application the local stack runs. A serial collector in a heap that gives
 * back what it does not need (at most 30 % free after a collection, where the default keeps up to
 * 70 %), and the C library's freed memory handed back to the system every second where the JDK can
 * (compiler arenas and the like, which glibc otherwise keeps): under the benchmark's reads this kept
 * members- and events-service some 50 MB lower, under their 350 MB budget (docs/BENCHMARKS.md).
 */
final class ApplicationJvm {

    private ApplicationJvm() {
    }

    static List<String> options(Runtime.Version java) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx384m",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xshare:auto"));
        if (trimsNativeHeap(java)) {
            options.add("-XX:TrimNativeHeapInterval=1000");
        }
        return List.copyOf(options);
    }

    /** The option came with JDK 22 and was back-ported to 21.0.1 and 17.0.9; older JVMs refuse to start with it. */
    static boolean trimsNativeHeap(Runtime.Version java) {
        return java.feature() >= 22
                || java.feature() == 21 && java.update() >= 1
                || java.feature() == 17 && java.update() >= 9;
    }
}
