package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.events.EventPublished;
import org.qnet.localstack.LocalStack;
import org.qnet.testinfra.CloudEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard charts what the running services really expose: every metric and label its
 * queries name is in a live {@code /actuator/prometheus} scrape of the stack with its demo data.
 */
class DashboardMetricsIT extends OnTheDemoStack {

    private static final List<String> APPLICATIONS = List.of("identity", "members", "projects", "events", "notifications");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,\\s*([a-zA-Z_]+)\\s*\\)");
    /** Labels Prometheus adds to every series when it scrapes, not part of the exposition. */
    private static final Set<String> TARGET_LABELS = Set.of("instance", "job");

    @Test
    void every_metric_and_label_the_dashboard_queries_is_exposed_by_the_services() {
        parkOneDeadLetter();
        await().atMost(Duration.ofSeconds(60)).until(() -> scrape().containsKey("qnet_messaging_dead_letters_total"));
        Map<String, Set<String>> exposed = scrape();

        List<String> expressions = dashboardExpressions();
        assertThat(expressions).hasSizeGreaterThan(15);
        for (String expression : expressions) {
            Set<String> metrics = PromQl.metricNames(expression);
            assertThat(metrics).as(expression).isNotEmpty();
            assertThat(exposed.keySet()).as(expression).containsAll(metrics);
            Set<String> labels = new HashSet<>();
            metrics.forEach(metric -> labels.addAll(exposed.get(metric)));
            Set<String> queried = new HashSet<>(PromQl.labelNames(expression));
            queried.removeAll(TARGET_LABELS);
            assertThat(labels).as(expression).containsAll(queried);
        }
        Matcher variable = LABEL_VALUES.matcher(read());
        while (variable.find()) {
            assertThat(exposed).containsKey(variable.group(1));
            assertThat(exposed.get(variable.group(1))).contains(variable.group(2));
        }
    }

    /** A record that is not an event, so that the dead-letter counter has something to count. */
    private static void parkOneDeadLetter() {
        try (CloudEventPublisher events = CloudEventPublisher.to(stack.kafkaBootstrapServers())) {
            events.publish(Topics.EVENTS, "broken-event", UUID.randomUUID().toString(), EventPublished.TYPE.ceType(),
                    "{\"eventId\": ");
        }
    }

    /** Metric names across the applications, each with the label names seen on its series. */
    private static Map<String, Set<String>> scrape() {
        Map<String, Set<String>> exposed = new HashMap<>();
        for (String application : APPLICATIONS) {
            Api.Answer metrics = Api.get(url(application) + "/actuator/prometheus", null);
            assertThat(metrics.status()).as(application).isEqualTo(200);
            metrics.body().lines().filter(line -> !line.startsWith("#")).forEach(line -> {
                Matcher sample = SAMPLE.matcher(line);
                if (sample.find()) {
                    Set<String> labels = exposed.computeIfAbsent(sample.group(1), name -> new HashSet<>());
                    Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                    while (label.find()) {
                        labels.add(label.group(1));
                    }
                }
            });
        }
        return exposed;
    }

    private static String url(String application) {
        return "identity".equals(application) ? stack.issuerUri() : stack.url(application);
    }

    private static List<String> dashboardExpressions() {
        JsonNode dashboard = JsonMapper.builder().build().readTree(read());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asString());
            }
        }
        return expressions;
    }

    private static String read() {
        try {
            return Files.readString(LocalStack.repositoryRoot().resolve("deploy/grafana/qnet.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
