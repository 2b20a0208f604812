package org.qnet.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.qnet.testinfra.CloudEventPublisher;
import org.qnet.testinfra.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The consuming side's tests: events put on the test topics, and the deliveries their handlers store. */
@PlatformIntegrationTest
abstract class ConsumingSideTest {

    protected static CloudEventPublisher events;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "platform-inbound");
    }

    @Autowired
    protected ReactiveMongoTemplate mongo;

    @BeforeAll
    static void connect() {
        events = CloudEventPublisher.toTestInfra();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    protected long deliveriesOf(String parcelId) {
        return deliveriesMatching(Criteria.where("parcelId").is(parcelId));
    }

    protected long deliveriesMatching(Criteria criteria) {
        return mongo.count(Query.query(criteria), PlatformTestApplication.DELIVERIES).block();
    }
}
