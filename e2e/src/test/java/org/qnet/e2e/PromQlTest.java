package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    private static final String LATENCY = "histogram_quantile(0.99, sum by (application, le) "
            + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\",application=~\"$application\"}[$__rate_interval])))";

    @Test
    void metric_names_leave_out_functions_groupings_matchers_durations_and_numbers() {
        assertThat(PromQl.metricNames(LATENCY)).containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void every_metric_of_a_binary_expression_is_named() {
        assertThat(PromQl.metricNames("sum(rate(a_total{status=~\"5..\"}[5m])) / sum(rate(b_total[5m])) > 0.01"))
                .containsExactly("a_total", "b_total");
    }

    @Test
    void a_bare_selector_is_a_metric_name() {
        assertThat(PromQl.metricNames("max by (application) (qnet_outbox_pending)")).containsExactly("qnet_outbox_pending");
    }

    @Test
    void label_names_come_from_matchers_and_groupings() {
        assertThat(PromQl.labelNames(LATENCY)).containsExactlyInAnyOrder("uri", "application", "le");
    }
}
