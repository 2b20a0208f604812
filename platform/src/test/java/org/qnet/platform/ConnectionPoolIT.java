package org.qnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qnet.testinfra.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;

/**
 * The connections a service keeps to the database, on the real store; with a bound below what the burst
 * would open without one (more than 16 connections, checked). A database and consumer group of its own,
 * so its context does not share the other tests' partitions.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "qnet.mongodb.max-pool-size=8")
class ConnectionPoolIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "platform-pool");
    }

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private MeterRegistry meters;

    @Value("${qnet.mongodb.max-pool-size}")
    private int bound;

    @Test
    void a_burst_of_queries_waits_for_connections_rather_than_opening_more_than_the_bound() {
        long answered = Flux.range(0, 3_000)
                .flatMap(query -> mongo.count(new Query(), PlatformTestApplication.DELIVERIES), 256)
                .count().block(Duration.ofMinutes(1));

        assertThat(answered).isEqualTo(3_000);
        assertThat(meters.get("mongodb.driver.pool.size").gauges()).extracting(Gauge::value)
                .isNotEmpty().allSatisfy(open -> assertThat(open).isBetween(1.0, (double) bound));
    }
}
