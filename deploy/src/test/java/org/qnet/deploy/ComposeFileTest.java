package org.qnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;

/** docker-compose.yml comes up in order on hosts with a Docker engine; none runs here, so it is read. */
class ComposeFileTest {

    private static final YamlNode COMPOSE = Repository.yaml(Repository.ROOT.resolve("docker-compose.yml"));
    private static final Set<String> APPLICATIONS = Set.of("identity", "members", "projects", "events", "notifications");
    private static final Set<String> BUILT = Set.of("identity", "members", "projects", "events", "notifications", "gateway");

    @Test
    void the_whole_stack_is_there() {
        assertThat(services().keySet()).containsAll(BUILT)
                .contains("mongo", "kafka", "kafka-topics", "prometheus", "grafana", "mailpit");
    }

    @Test
    void every_long_running_service_has_a_health_check() {
        services().forEach((name, service) -> {
            if (!oneShot(service)) {
                assertThat(service.at("healthcheck.test").items()).as(name).isNotEmpty();
            }
        });
    }

    @Test
    void services_start_only_once_what_they_depend_on_is_healthy_or_done() {
        Map<String, YamlNode> services = services();
        services.forEach((name, service) -> service.at("depends_on").entries().forEach((dependency, how) -> {
            String condition = new YamlNode(how).at("condition").text();
            String expected = oneShot(services.get(dependency)) ? "service_completed_successfully" : "service_healthy";
            assertThat(condition).as(name + " on " + dependency).isEqualTo(expected);
        }));
        for (String application : APPLICATIONS) {
            assertThat(services.get(application).at("depends_on").entries()).as(application)
                    .containsKeys("mongo", "kafka-topics");
        }
    }

    @Test
    void mongodb_runs_as_a_replica_set_that_the_services_connect_to_as_one() {
        YamlNode mongo = services().get("mongo");
        assertThat(mongo.at("command").items()).extracting(YamlNode::text).contains("--replSet", "rs0");
        assertThat(String.join(" ", mongo.at("healthcheck.test").items().stream().map(YamlNode::text).toList()))
                .contains("rs.initiate");
        for (String application : APPLICATIONS) {
            assertThat(services().get(application).at("environment").child("MONGODB_URI").text())
                    .as(application).contains("replicaSet=rs0");
        }
    }

    @Test
    void the_domain_topics_are_created_with_the_partitions_the_services_are_configured_for() {
        String script = services().get("kafka-topics").at("command").items().get(0).text();
        String partitions = services().get("members").at("environment").child("QNET_TOPIC_PARTITIONS").text();
        assertThat(script).contains(Topics.MEMBERS, Topics.PROJECTS, Topics.EVENTS)
                .contains("--partitions " + partitions);
        assertThat(services().get("kafka").at("image").text()).matches("apache/kafka:4\\.\\d+\\.\\d+");
    }

    @Test
    void every_application_is_built_from_the_dockerfile_of_a_module_that_makes_a_boot_jar() {
        for (String application : BUILT) {
            YamlNode build = services().get(application).at("build");
            assertThat(build.at("context").text()).isEqualTo(".");
            String module = build.at("args.SERVICE").text();
            assertThat(Repository.read(Repository.ROOT.resolve(module).resolve("pom.xml")))
                    .as(module).contains("spring-boot-maven-plugin");
            assertThat(services().get(application).at("image").text()).as(application).doesNotEndWith(":latest");
        }
    }

    @Test
    void prometheus_scrapes_every_application_and_grafana_gets_the_qnet_dashboard() {
        YamlNode prometheus = Repository.yaml(Repository.DEPLOY.resolve("prometheus/prometheus.yml"));
        Set<String> targets = prometheus.at("scrape_configs").items().stream()
                .flatMap(job -> job.at("static_configs").items().stream())
                .flatMap(config -> config.at("targets").items().stream())
                .map(target -> target.text().split(":")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(targets).containsAll(BUILT);
        List<String> grafanaVolumes = services().get("grafana").at("volumes").items().stream().map(YamlNode::text).toList();
        assertThat(grafanaVolumes).anyMatch(volume -> volume.startsWith("./deploy/grafana/qnet.json:"));
        for (String volume : grafanaVolumes) {
            assertThat(Files.exists(Repository.ROOT.resolve(volume.split(":")[0]))).as(volume).isTrue();
        }
    }

    @Test
    void the_gateway_starts_after_the_issuer_and_the_services_and_relays_to_them_inside_the_network() {
        YamlNode gateway = services().get("gateway");
        assertThat(gateway.at("depends_on").entries()).containsKeys("identity", "members", "projects", "events",
                "notifications");
        for (String service : List.of("members", "projects", "events", "notifications")) {
            assertThat(gateway.at("environment").child("QNET_" + service.toUpperCase() + "_URI").text())
                    .isEqualTo("http://" + service + ":8080");
        }
        String webUrl = "http://localhost:" + gateway.at("ports").items().get(0).text().split(":")[0];
        assertThat(services().get("identity").at("environment").child("QNET_WEB_REDIRECT_URIS").text())
                .isEqualTo(webUrl + "/login/oauth2/code/qnet");
        assertThat(services().get("notifications").at("environment").child("QNET_WEB_URL").text()).isEqualTo(webUrl);
    }

    @Test
    void docker_compose_accepts_the_file_where_its_plugin_is_installed() {
        Command.Result version = Command.run(Repository.ROOT, "bash", "-c", "docker compose version");
        assumeTrue(version.exitCode() == 0, "no docker compose plugin on this machine");
        Command.Result config = Command.run(Repository.ROOT, "docker", "compose", "config", "--quiet");
        assertThat(config.exitCode()).as(config.output()).isZero();
    }

    private static Map<String, YamlNode> services() {
        return COMPOSE.at("services").entries().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new YamlNode(entry.getValue())));
    }

    /** A job that runs to completion (creating topics), rather than a server to wait for. */
    private static boolean oneShot(YamlNode service) {
        return "no".equals(service.at("restart").text());
    }
}
