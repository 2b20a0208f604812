package org.qnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory of a process, as the kernel counts it (Linux). */
final class Memory {

    private Memory() {
    }

    static long residentMegabytes(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException gone) {
            return 0;
        }
        return 0;
    }
}
