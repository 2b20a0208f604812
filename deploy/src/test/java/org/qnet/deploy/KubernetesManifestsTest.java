package org.qnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qnet.contracts.Topics;

/** The invariants every rendered overlay keeps, whoever edits the base or an overlay next. */
class KubernetesManifestsTest {

    private static final String SINGLE_INSTANCE = "qnet.org/single-instance";
    /**
     * What a service's JVM holds besides its heap under load: class metadata and its archive, compiled
     * code, threads and the JDK's own libraries, about 277 MiB resident when measured (docs/BENCHMARKS.md).
     */
    private static final int BESIDES_THE_HEAP_MIB = 280;

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_container_runs_as_non_root_with_a_read_only_file_system_and_no_privilege_escalation(String overlay) {
        for (YamlNode deployment : Rendered.overlay(overlay).ofKind("Deployment")) {
            YamlNode pod = deployment.at("spec.template.spec");
            assertThat(pod.at("securityContext.runAsNonRoot").value()).as(deployment.name()).isEqualTo(true);
            assertThat(pod.at("securityContext.seccompProfile.type").text()).as(deployment.name()).isEqualTo("RuntimeDefault");
            assertThat(pod.at("automountServiceAccountToken").value()).as(deployment.name()).isEqualTo(false);
            for (YamlNode container : pod.at("containers").items()) {
                YamlNode security = container.at("securityContext");
                assertThat(security.at("readOnlyRootFilesystem").value()).as(deployment.name()).isEqualTo(true);
                assertThat(security.at("allowPrivilegeEscalation").value()).as(deployment.name()).isEqualTo(false);
                assertThat(security.at("capabilities.drop").items()).extracting(YamlNode::text)
                        .as(deployment.name()).containsExactly("ALL");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_container_has_resource_requests_and_limits(String overlay) {
        for (YamlNode deployment : Rendered.overlay(overlay).ofKind("Deployment")) {
            for (YamlNode container : deployment.at("spec.template.spec.containers").items()) {
                for (String resource : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                    assertThat(container.at("resources." + resource).text())
                            .as(deployment.name() + " " + resource).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void the_heap_leaves_each_container_room_for_what_the_jvm_holds_besides_it(String overlay) {
        int heapPercent = ContainerImage.jvmPercentage("MaxRAMPercentage");
        for (YamlNode deployment : Rendered.overlay(overlay).qnetDeployments()) {
            YamlNode container = deployment.at("spec.template.spec.containers").items().get(0);
            int limit = mebibytes(container.at("resources.limits.memory").text());
            assertThat(limit - limit * heapPercent / 100)
                    .as("%s: %d MiB limit, %d %% of it heap", deployment.name(), limit, heapPercent)
                    .isGreaterThanOrEqualTo(BESIDES_THE_HEAP_MIB);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void qnet_applications_are_probed_on_the_actuator_liveness_and_readiness_groups(String overlay) {
        for (YamlNode deployment : Rendered.overlay(overlay).qnetDeployments()) {
            YamlNode container = deployment.at("spec.template.spec.containers").items().get(0);
            assertThat(container.at("livenessProbe.httpGet.path").text()).as(deployment.name())
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.at("readinessProbe.httpGet.path").text()).as(deployment.name())
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container.at("startupProbe.httpGet.path").text()).as(deployment.name())
                    .isEqualTo("/actuator/health/liveness");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void no_image_is_untagged_or_tagged_latest(String overlay) {
        for (YamlNode deployment : Rendered.overlay(overlay).ofKind("Deployment")) {
            for (YamlNode container : deployment.at("spec.template.spec.containers").items()) {
                String image = container.at("image").text();
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                assertThat(lastPart).as(deployment.name()).contains(":");
                assertThat(lastPart).as(deployment.name()).doesNotEndWith(":latest");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_qnet_application_has_a_service_a_disruption_budget_a_network_policy_and_a_service_monitor(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        assertThat(rendered.qnetDeployments()).extracting(YamlNode::name)
                .containsExactlyInAnyOrder("identity", "members", "projects", "events", "notifications", "gateway");
        for (YamlNode deployment : rendered.qnetDeployments()) {
            assertThat(rendered.ofKind("Service")).as("Service for " + deployment.name())
                    .anyMatch(service -> Rendered.selects(service.at("spec.selector"), deployment));
            assertThat(rendered.ofKind("PodDisruptionBudget")).as("PodDisruptionBudget for " + deployment.name())
                    .anyMatch(budget -> Rendered.selects(budget.at("spec.selector.matchLabels"), deployment));
            assertThat(rendered.ofKind("NetworkPolicy")).as("NetworkPolicy for " + deployment.name())
                    .anyMatch(policy -> Rendered.selects(policy.at("spec.podSelector.matchLabels"), deployment)
                            && policy.at("spec.policyTypes").items().stream().map(YamlNode::text).toList()
                            .containsAll(List.of("Ingress", "Egress")));
            assertThat(rendered.ofKind("ServiceMonitor")).as("ServiceMonitor for " + deployment.name())
                    .anyMatch(monitor -> Rendered.selects(monitor.at("spec.selector.matchLabels"), deployment)
                            && monitor.at("spec.endpoints").items().stream()
                            .anyMatch(endpoint -> "/actuator/prometheus".equals(endpoint.at("path").text())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void the_services_admit_api_calls_from_the_gateway_which_the_ingress_exposes(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        YamlNode gateway = rendered.qnetDeployments().stream().filter(d -> "gateway".equals(d.name())).findFirst()
                .orElseThrow();
        for (String service : ServiceBindings.SERVICES) {
            YamlNode policy = rendered.ofKind("NetworkPolicy").stream().filter(p -> service.equals(p.name()))
                    .findFirst().orElseThrow();
            assertThat(policy.at("spec.ingress").items()).as(service + " admits the gateway")
                    .anyMatch(rule -> rule.at("from").items().stream()
                            .anyMatch(peer -> Rendered.selects(peer.at("podSelector.matchLabels"), gateway)));
        }
        assertThat(rendered.ofKind("Ingress")).anyMatch(ingress -> ingress.at("spec.rules").items().stream()
                .flatMap(rule -> rule.at("http.paths").items().stream())
                .anyMatch(path -> "gateway".equals(path.at("backend.service.name").text())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_application_scales_with_an_autoscaler_unless_it_says_why_it_runs_alone(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        for (YamlNode deployment : rendered.qnetDeployments()) {
            boolean autoscaled = rendered.ofKind("HorizontalPodAutoscaler").stream()
                    .anyMatch(hpa -> deployment.name().equals(hpa.at("spec.scaleTargetRef.name").text())
                            && "Deployment".equals(hpa.at("spec.scaleTargetRef.kind").text()));
            String whyAlone = deployment.at("metadata.annotations").child(SINGLE_INSTANCE).text();
            if (whyAlone == null) {
                assertThat(autoscaled).as("HorizontalPodAutoscaler for " + deployment.name()).isTrue();
            } else {
                assertThat(whyAlone).as(deployment.name()).isNotBlank();
                assertThat(autoscaled).as(deployment.name() + " runs alone but is autoscaled").isFalse();
                assertThat(deployment.at("spec.replicas").number()).as(deployment.name()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void autoscaling_never_gives_a_service_more_consumers_than_the_partitions_it_consumes(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        int concurrency = Integer.parseInt(rendered.configValue("QNET_CONSUMER_CONCURRENCY"));
        for (String application : ServiceBindings.SERVICES) {
            int maxReplicas = rendered.find("HorizontalPodAutoscaler", application).orElseThrow()
                    .at("spec.maxReplicas").number();
            for (String topic : ServiceBindings.of(application).consumedTopics()) {
                assertThat(maxReplicas * concurrency).as(application + " on " + topic)
                        .isLessThanOrEqualTo(partitions(rendered, topic));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_consumed_topic_and_its_dead_letter_topic_is_declared_with_the_partitions_the_services_expect(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        int expected = Integer.parseInt(rendered.configValue("QNET_TOPIC_PARTITIONS"));
        Set<String> needed = new TreeSet<>(List.of(Topics.MEMBERS, Topics.PROJECTS, Topics.EVENTS));
        for (String application : ServiceBindings.SERVICES) {
            ServiceBindings bindings = ServiceBindings.of(application);
            for (String topic : bindings.consumedTopics()) {
                needed.add(topic);
                needed.add(Topics.deadLetter(topic, bindings.application()));
            }
        }
        for (String topic : needed) {
            assertThat(partitions(rendered, topic)).as(topic).isEqualTo(expected);
        }
    }

    @Test
    void production_kafka_keeps_three_copies_and_acknowledges_on_two() {
        Rendered prod = Rendered.overlay("prod");
        assertThat(prod.ofKind("KafkaNodePool")).allSatisfy(pool -> assertThat(pool.at("spec.replicas").number()).isGreaterThanOrEqualTo(3));
        YamlNode kafka = prod.find("Kafka", "qnet").orElseThrow();
        assertThat(kafka.at("metadata.annotations").child("strimzi.io/kraft").text()).isEqualTo("enabled");
        assertThat(kafka.at("spec.kafka.config").child("min.insync.replicas").number()).isEqualTo(2);
        assertThat(kafka.at("spec.kafka.config").child("default.replication.factor").number()).isEqualTo(3);
        assertThat(prod.ofKind("KafkaTopic")).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.at("spec.replicas").number()).as(topic.name()).isEqualTo(3);
            assertThat(topic.at("spec.config").child("min.insync.replicas").number()).as(topic.name()).isEqualTo(2);
        });
    }

    @Test
    void production_mongodb_is_a_three_member_replica_set_with_a_user_for_each_application_database() {
        Rendered prod = Rendered.overlay("prod");
        YamlNode mongo = prod.ofKind("MongoDBCommunity").get(0);
        assertThat(mongo.at("spec.members").number()).isEqualTo(3);
        assertThat(mongo.at("spec.type").text()).isEqualTo("ReplicaSet");
        Set<String> secrets = mongo.at("spec.users").items().stream()
                .map(user -> user.at("connectionStringSecretName").text()).collect(Collectors.toSet());
        // The gateway keeps nothing: every other application has its database user.
        for (YamlNode deployment : prod.qnetDeployments()) {
            YamlNode container = deployment.at("spec.template.spec.containers").items().get(0);
            var uriSecret = container.at("env").items().stream()
                    .filter(env -> "MONGODB_URI".equals(env.at("name").text()))
                    .map(env -> env.at("valueFrom.secretKeyRef.name").text()).findFirst();
            if ("gateway".equals(deployment.name())) {
                assertThat(uriSecret).as("the gateway has no database").isEmpty();
            } else {
                assertThat(secrets).as(deployment.name()).contains(uriSecret.orElseThrow());
            }
        }
    }

    @Test
    void the_operator_alerts_are_the_alerts_docker_compose_evaluates() {
        YamlNode rule = Rendered.overlay("prod").find("PrometheusRule", "qnet").orElseThrow();
        YamlNode rulesFile = Repository.yaml(Repository.DEPLOY.resolve("prometheus/rules/qnet.yml"));
        assertThat(rule.at("spec.groups").value()).isEqualTo(rulesFile.at("groups").value());
    }

    private static int mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Integer.parseInt(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Integer.parseInt(quantity.substring(0, quantity.length() - 2));
        }
        throw new AssertionError("a memory quantity in Mi or Gi, not " + quantity);
    }

    private static int partitions(Rendered rendered, String topic) {
        return rendered.ofKind("KafkaTopic").stream()
                .filter(declared -> topic.equals(declared.at("spec.topicName").text()))
                .map(declared -> declared.at("spec.partitions").number()).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic for " + topic));
    }
}
