package org.qnet.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a service consumes, read from its own application.yml: the deployment must give it those topics
 * and their dead-letter topics, with enough partitions for its instances.
 */
record ServiceBindings(String application, Set<String> consumedTopics) {

    /** The four services by their application name; identity reads one topic with a plain listener. */
    static final List<String> SERVICES = List.of("members", "projects", "events", "notifications");

    static ServiceBindings of(String application) {
        YamlNode config = Repository.yaml(
                Repository.ROOT.resolve(application + "-service/src/main/resources/application.yml"));
        Set<String> topics = new TreeSet<>();
        for (Map.Entry<String, Object> binding : config.at("spring.cloud.stream.bindings").entries().entrySet()) {
            if (binding.getKey().contains("-in-")) {
                topics.add(new YamlNode(binding.getValue()).at("destination").text());
            }
        }
        return new ServiceBindings(config.at("spring.application.name").text(), topics);
    }
}
