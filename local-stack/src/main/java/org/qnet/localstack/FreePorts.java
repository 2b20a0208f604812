package org.qnet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the operating system for a free loopback port. The port is closed again before its user binds
 * it, so the system may offer it a second time; a port handed out once is never handed out again in
 * this process, or two parts of one stack could be given the same port.
 */
final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    static int next() {
        while (true) {
            int port = ask();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    private static int ask() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
