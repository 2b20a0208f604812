package org.qnet.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A parsed YAML document walked by key paths, e.g. {@code spec.template.spec.containers}. */
record YamlNode(Object value) {

    YamlNode at(String path) {
        Object current = value;
        for (String key : path.split("\\.")) {
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return new YamlNode(current);
    }

    /** The child named by one key that may itself hold dots, such as a label or an environment name. */
    YamlNode child(String key) {
        return new YamlNode(value instanceof Map<?, ?> map ? map.get(key) : null);
    }

    boolean present() {
        return value != null;
    }

    String text() {
        return value == null ? null : String.valueOf(value);
    }

    int number() {
        return Integer.parseInt(Objects.requireNonNull(text(), "no value"));
    }

    List<YamlNode> items() {
        return value instanceof List<?> list ? list.stream().map(YamlNode::new).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> entries() {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    String kind() {
        return at("kind").text();
    }

    String name() {
        return at("metadata.name").text();
    }
}
