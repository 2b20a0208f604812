package org.qnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Prometheus configuration and alerts pass Prometheus's own checker, promtool. */
class PrometheusConfigTest {

    @Test
    void promtool_accepts_the_configuration_and_its_alerting_rules() {
        String promtool = Command.debianTool("promtool", "prometheus");
        Command.Result check = Command.run(Repository.DEPLOY.resolve("prometheus"), promtool, "check", "config",
                "prometheus.yml");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 1 rule files found").contains("SUCCESS: 5 rules found");
    }
}
