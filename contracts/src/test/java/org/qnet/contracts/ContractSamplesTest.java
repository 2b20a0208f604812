package org.qnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qnet.testinfra.EventSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden samples, one per event version: each conforms to its schema, a consumer can read it into the
 * contract record, and the record written back carries the same data.
 */
class ContractSamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> eventTypes() {
        return EventCatalogue.all().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void golden_sample_conforms_to_its_schema(String ceType) throws IOException {
        EventSchemas.assertConforms(ceType, sample(ceType));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void golden_sample_reads_into_the_contract_record_and_writes_back_unchanged(String ceType) throws IOException {
        String sample = sample(ceType);
        IntegrationEvent event = JSON.readValue(sample, EventCatalogue.all().get(ceType));

        String written = JSON.writeValueAsString(event);

        assertThat(event.eventType().ceType()).isEqualTo(ceType);
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(sample));
        EventSchemas.assertConforms(ceType, written);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void every_schema_is_named_after_its_event_type(String ceType) {
        JsonNode schema = JSON.readTree(resource("schemas/" + ceType + ".json"));
        assertThat(schema.get("$id").asString()).isEqualTo(EventType.parse(ceType).dataSchema());
    }

    @org.junit.jupiter.api.Test
    void schema_rejects_an_organisation_without_nominators_or_with_an_unknown_kind() {
        String ceType = "org.qnet.members.OrganisationRegistered.v1";
        String sample = sample(ceType);

        assertThat(EventSchemas.violations(ceType, sample.replaceFirst("\"nominators\": \\[[^]]*]", "\"nominators\": []")))
                .isNotEmpty();
        assertThat(EventSchemas.violations(ceType, sample.replace("nhs-trust\"", "hospital\""))).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void every_schema_file_belongs_to_a_catalogued_event() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/schemas"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")))
                    .allMatch(EventCatalogue.all()::containsKey);
        }
    }

    private static String sample(String ceType) {
        return resource("samples/" + ceType + ".json");
    }

    private static String resource(String name) {
        try (InputStream in = ContractSamplesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
