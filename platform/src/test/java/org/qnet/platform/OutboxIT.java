package org.qnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.platform.outbox.Outbox;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.platform.outbox.OutboxRelay;
import org.qnet.testinfra.TestInfra;
import org.qnet.testinfra.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@PlatformIntegrationTest
class OutboxIT {

    private static final String PARCELS = "parcels";
    private static TopicReader topic;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "platform-outbox");
    }

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void readTopic() {
        topic = TopicReader.of(ParcelShipped.TOPIC);
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    @Test
    void saved_events_are_published_as_cloud_events_and_then_removed_from_their_document() {
        String parcelId = "parcel-" + UUID.randomUUID();
        List<OutboxEvent> pending = saveParcel(parcelId);

        outbox.publishSaved(PARCELS, parcelId, pending);

        var record = topic.awaitRecords(r -> parcelId.equals(r.key()), 1).get(0);
        assertThat(record.header(CloudEventHeaders.ID)).isEqualTo(pending.get(0).eventId());
        assertThat(record.header(CloudEventHeaders.TYPE)).isEqualTo("org.qnet.test.ParcelShipped.v1");
        assertThat(record.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo("urn:qnet:service:test");
        assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(parcelId);
        assertThat(record.header(CloudEventHeaders.DATA_SCHEMA)).isEqualTo("urn:qnet:schema:org.qnet.test.ParcelShipped.v1");
        assertThat(record.header(CloudEventHeaders.TIME)).isNotBlank();
        assertThat(record.header(CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(record.value()).contains("\"destination\":\"Leeds\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingIn(parcelId).isEmpty());
        assertThat(meters.find("qnet.outbox.publish.lag").timer()).isNotNull();
        assertThat(meters.get("qnet.events.published").tag("event", "ParcelShipped").counter().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void events_saved_while_the_broker_is_down_are_published_by_the_relay_once_it_is_back() {
        String parcelId = "parcel-" + UUID.randomUUID();
        List<OutboxEvent> pending;
        try (var outage = TestInfra.brokerOutage()) {
            pending = saveParcel(parcelId);
            outbox.publishSaved(PARCELS, parcelId, pending);

            await().atMost(Duration.ofSeconds(20)).until(() -> relay.pendingCount() >= 1);
            assertThat(pendingIn(parcelId)).hasSize(1);
        }

        var published = topic.awaitRecords(r -> parcelId.equals(r.key()), 1);
        assertThat(published).allSatisfy(r -> assertThat(r.header(CloudEventHeaders.ID)).isEqualTo(pending.get(0).eventId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingIn(parcelId).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.pendingCount() == 0);
    }

    @Test
    void the_acknowledged_entries_of_many_documents_are_removed_together_and_nothing_else_is() {
        List<String> parcelIds = IntStream.range(0, 40).mapToObj(i -> "parcel-" + UUID.randomUUID()).toList();
        Map<String, List<OutboxEvent>> pending = parcelIds.stream()
                .collect(Collectors.toMap(parcelId -> parcelId, this::saveParcel));

        parcelIds.parallelStream().forEach(parcelId -> outbox.publishSaved(PARCELS, parcelId, pending.get(parcelId)));

        topic.awaitRecords(r -> parcelIds.contains(r.key()), parcelIds.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> parcelIds.stream().allMatch(id -> pendingIn(id).isEmpty()));
        assertThat(parcelIds).allSatisfy(parcelId -> assertThat(mongo.findById(parcelId, Document.class, PARCELS).block())
                .containsEntry("destination", "Leeds"));
    }

    private List<OutboxEvent> saveParcel(String parcelId) {
        List<OutboxEvent> pending = outbox.stage(ParcelShipped.TOPIC, List.of(new ParcelShipped(parcelId, "Leeds")));
        mongo.insert(new Document("_id", parcelId).append("destination", "Leeds")
                .append(OutboxEvent.FIELD, pending.stream().map(this::asDocument).toList()), PARCELS).block();
        return pending;
    }

    private Document asDocument(OutboxEvent event) {
        Document document = new Document();
        mongo.getConverter().write(event, document);
        document.remove("_class");
        return document;
    }

    private List<?> pendingIn(String parcelId) {
        Document parcel = mongo.findById(parcelId, Document.class, PARCELS).block();
        return parcel == null ? List.of() : parcel.getList(OutboxEvent.FIELD, Object.class, List.of());
    }
}
