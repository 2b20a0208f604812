package org.qnet.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The objects {@code kubectl kustomize} renders for an overlay, as a cluster would receive them. */
final class Rendered {

    private static final Map<String, Rendered> OVERLAYS = new ConcurrentHashMap<>();

    private final List<YamlNode> objects;

    private Rendered(List<YamlNode> objects) {
        this.objects = objects;
    }

    static Rendered overlay(String name) {
        return OVERLAYS.computeIfAbsent(name, overlay -> {
            String kubectl = Command.debianTool("kubectl", "kubectl");
            Command.Result rendered = Command.run(Repository.DEPLOY.resolve("k8s"), kubectl, "kustomize",
                    "overlays/" + overlay);
            if (rendered.exitCode() != 0) {
                throw new AssertionError("kubectl kustomize overlays/" + overlay + " failed:\n" + rendered.output());
            }
            return new Rendered(Repository.yamlDocuments(rendered.output()));
        });
    }

    List<YamlNode> all() {
        return objects;
    }

    List<YamlNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.kind())).toList();
    }

    Optional<YamlNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(object.name())).findFirst();
    }

    /** Deployments of qnet's own applications, as opposed to tools an overlay adds (Mailpit). */
    List<YamlNode> qnetDeployments() {
        return ofKind("Deployment").stream()
                .filter(deployment -> "qnet".equals(deployment.at("metadata.labels").child("app.kubernetes.io/part-of").text()))
                .toList();
    }

    /** Whether a label selector (matchLabels) picks the pods of a Deployment. */
    static boolean selects(YamlNode matchLabels, YamlNode deployment) {
        Map<String, Object> podLabels = deployment.at("spec.template.metadata.labels").entries();
        Map<String, Object> wanted = matchLabels.entries();
        return !wanted.isEmpty() && wanted.entrySet().stream()
                .allMatch(label -> label.getValue().equals(podLabels.get(label.getKey())));
    }

    String configValue(String key) {
        return ofKind("ConfigMap").stream().filter(map -> map.name().startsWith("qnet-config"))
                .map(map -> map.at("data").child(key).text()).findFirst()
                .orElseThrow(() -> new AssertionError("no qnet-config ConfigMap"));
    }
}
