package org.qnet.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's data against the JSON Schema that {@code contracts} publishes for its CloudEvents
 * type, found on the class path at {@code schemas/<ce_type>.json}.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The schema violations of {@code json} as an event of {@code ceType}; empty when it conforms. */
    public static List<String> violations(String ceType, String json) {
        return schemaFor(ceType).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    public static void assertConforms(String ceType, String json) {
        assertThat(violations(ceType, json)).as("%s against the schema of %s", json, ceType).isEmpty();
    }

    private static Schema schemaFor(String ceType) {
        return SCHEMAS.computeIfAbsent(ceType, type -> {
            String resource = "schemas/" + type + ".json";
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema for event type " + type + " at " + resource);
                }
                return REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
