package org.qnet.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name and version of an integration event as it appears on the wire:
 * {@code ce_type = org.qnet.<service>.<Event>.v<N>}. A breaking change is a new version, published
 * beside the old one until every consumer moved.
 */
public record EventType(String service, String name, int version) {

    private static final Pattern CE_TYPE = Pattern.compile("org\\.qnet\\.([a-z]+)\\.([A-Z][A-Za-z]+)\\.v([1-9][0-9]*)");

    public EventType {
        Objects.requireNonNull(service);
        Objects.requireNonNull(name);
        if (version < 1) {
            throw new IllegalArgumentException("event versions start at 1");
        }
    }

    public static EventType parse(String ceType) {
        var m = CE_TYPE.matcher(ceType == null ? "" : ceType);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a qnet event type: " + ceType);
        }
        return new EventType(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    public String ceType() {
        return "org.qnet." + service + "." + name + ".v" + version;
    }

    /** {@code ce_dataschema}: names the JSON Schema published in contracts under {@code schemas/<ce_type>.json}. */
    public String dataSchema() {
        return "urn:qnet:schema:" + ceType();
    }

    /** {@code ce_source}: the producing service. */
    public String source() {
        return "urn:qnet:service:" + service;
    }

    @Override
    public String toString() {
        return ceType();
    }
}
