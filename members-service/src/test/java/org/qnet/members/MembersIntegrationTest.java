package org.qnet.members;

import org.qnet.contracts.Topics;
import org.qnet.testinfra.PublishedEvents;
import org.qnet.testinfra.TestInfra;
import org.qnet.testinfra.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * members-service over HTTP on the real broker and store. Every integration test class shares one
 * application context and database; each test makes its own organisations, rounds and members, so that
 * none depends on what another left behind.
 */
@SpringBootTest
@AutoConfigureWebTestClient
public abstract class MembersIntegrationTest {


    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "members");
    }

    @Autowired
    protected WebTestClient http;

    /** What members-service published on {@code qnet.members}, read from the start of the topic. */
    protected static TopicReader membersTopic() {
        return PublishedEvents.on(Topics.MEMBERS);
    }

    /** Waits for an event of the type about the subject, and checks it against its schema. */
    protected static TopicReader.Received assertPublishedConforming(String ceType, String subject) {
        return PublishedEvents.assertPublishedConforming(Topics.MEMBERS, ceType, subject);
    }
}
