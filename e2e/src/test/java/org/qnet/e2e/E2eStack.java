package org.qnet.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.qnet.localstack.LocalStack;
import org.qnet.localstack.Ports;

/**
 * One local stack for every end-to-end test in the run, with the demo data the README's run command
 * seeds, started on first use and stopped when the test JVM exits.
 */
final class E2eStack {

    private static LocalStack stack;

    private E2eStack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            try {
                stack = LocalStack.start(LocalStack.repositoryRoot(), Files.createTempDirectory("qnet-e2e-"), Ports.free());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-shutdown"));
            stack.seedDemoData();
        }
        return stack;
    }
}
