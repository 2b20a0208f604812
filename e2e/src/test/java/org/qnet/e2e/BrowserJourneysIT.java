package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qnet.localstack.LocalStack;

/**
 * The people's journeys in real headless Chromium, through the gateway of the shared demo stack:
 * web/bin/browser-tests runs them (node's test runner, playwright-core, axe-core on every page) and saves
 * screenshots at desktop and phone width in web/target/screenshots.
 */
class BrowserJourneysIT extends OnTheDemoStack {

    @Test
    void every_journey_passes_in_a_real_browser_with_no_serious_accessibility_violation() throws Exception {
        Path web = LocalStack.repositoryRoot().resolve("web");
        Path log = web.resolve("target/browser-tests.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder journeys = new ProcessBuilder(web.resolve("bin/browser-tests").toString())
                .directory(web.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        journeys.environment().put("QNET_WEB_URL", stack.webUrl());

        Process running = journeys.start();
        boolean finished = running.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            running.destroyForcibly().waitFor();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("journeys finished within 15 minutes:%n%s", output).isTrue();
        assertThat(running.exitValue()).as("browser journeys:%n%s", output).isZero();
    }
}
