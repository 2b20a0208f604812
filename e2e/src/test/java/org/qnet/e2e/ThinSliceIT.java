package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.localstack.LocalStack;
import org.qnet.testinfra.CloudEventPublisher;
import org.qnet.localstack.IssuerTokens;
import org.qnet.testinfra.TopicReader;

/**
 * The foundation's thin slice across processes: an ADMIN registers a nominating organisation in
 * members-service; the event crosses the real broker; notifications-service tells the nominator. Every
 * application runs as in the local stack, from its jar, with tokens from the real issuer.
 */
class ThinSliceIT {

    private static LocalStack stack;
    private static String admin;
    private static String nominator;
    private static String member;

    @BeforeAll
    static void startTheStack() {
        stack = E2eStack.get();
        IssuerTokens issuer = new IssuerTokens(stack.issuerUri());
        admin = issuer.accessToken("ada", "qnet-demo");
        nominator = issuer.accessToken("nora", "qnet-demo");
        member = issuer.accessToken("maya", "qnet-demo");
    }

    @Test
    void registered_organisation_reaches_its_nominators_inbox_once() {
        String name = uniqueName("Northfield");

        Api.Answer registered = register(name);

        assertThat(registered.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> noticesFor(name) == 1);
        assertThat(quietly(Duration.ofSeconds(3), () -> noticesFor(name))).isEqualTo(1);
        assertThat(inboxOf(member)).doesNotContain(name);
    }

    @Test
    void published_event_carries_the_trace_of_the_request_that_caused_it() {
        String id = registered(uniqueName("Traced"));
        try (TopicReader members = TopicReader.of(stack.kafkaBootstrapServers(), Topics.MEMBERS)) {
            var record = members.awaitRecords(r -> id.equals(r.key()), 1).get(0);

            assertThat(record.header(CloudEventHeaders.TRACEPARENT)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        }
    }

    @Test
    void registration_while_the_broker_is_down_reaches_the_inbox_once_the_broker_is_back() {
        String name = uniqueName("Outage");
        stack.broker().stop();
        try {
            assertThat(register(name).status()).isEqualTo(201);
            assertThat(quietly(Duration.ofSeconds(5), () -> noticesFor(name))).isZero();
        } finally {
            stack.broker().start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> noticesFor(name) == 1);
        assertThat(quietly(Duration.ofSeconds(5), () -> noticesFor(name))).isEqualTo(1);
    }

    @Test
    void malformed_record_is_dead_lettered_and_the_next_registration_still_gets_through() {
        String badEventId = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.of(stack.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.MEMBERS, "notifications"));
             CloudEventPublisher events = CloudEventPublisher.to(stack.kafkaBootstrapServers())) {
            events.publish(Topics.MEMBERS, "broken-trust", badEventId, OrganisationRegistered.TYPE.ceType(),
                    "{\"organisationId\": ");

            var dead = deadLetters.awaitRecords(r -> badEventId.equals(r.header(CloudEventHeaders.ID)), 1).get(0);
            assertThat(dead.header("x-exception-message")).contains("does not read as");
        }

        String name = uniqueName("After");
        assertThat(register(name).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> noticesFor(name) == 1);
    }

    @Test
    void no_endpoint_answers_without_a_valid_token() {
        String tampered = admin.substring(0, admin.length() - 4) + (admin.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String url : new String[] {stack.url("members") + "/organisations", stack.url("projects") + "/projects",
                stack.url("events") + "/events", stack.url("notifications") + "/notifications"}) {
            Api.Answer anonymous = Api.get(url, null);
            assertThat(anonymous.status()).as(url).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(Api.get(url, tampered).status()).as(url).isEqualTo(401);
        }
    }

    @Test
    void member_cannot_register_organisations() {
        Api.Answer refused = Api.post(stack.url("members") + "/organisations", member, organisation(uniqueName("Refused")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void bad_json_gets_a_400_problem_document() {
        Api.Answer malformed = Api.post(stack.url("members") + "/organisations", admin, "{\"name\": ");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("status").asInt()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
    }

    private static String registered(String name) {
        Api.Answer answer = register(name);
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    private static Api.Answer register(String name) {
        return Api.post(stack.url("members") + "/organisations", admin, organisation(name));
    }

    private static String organisation(String name) {
        return """
                {"name": "%s", "kind": "nhs-trust", "region": "North West",
                 "nominators": [{"subject": "nora", "email": "nora@northfield.example"}]}""".formatted(name);
    }

    private static long noticesFor(String organisation) {
        Api.Answer inbox = Api.get(stack.url("notifications") + "/notifications?limit=100", nominator);
        assertThat(inbox.status()).isEqualTo(200);
        return StreamSupport.stream(inbox.json().get("items").spliterator(), false)
                .filter(n -> n.get("title").asString().equals("You can now nominate candidates for " + organisation))
                .count();
    }

    private static String inboxOf(String token) {
        return Api.get(stack.url("notifications") + "/notifications?limit=100", token).body();
    }

    /** The value after {@code window} has passed, for showing that something did not (yet, or again) happen. */
    private static long quietly(Duration window, java.util.function.LongSupplier value) {
        await().pollDelay(window).atMost(window.plusSeconds(5)).until(() -> true);
        return value.getAsLong();
    }

    private static String uniqueName(String prefix) {
        return prefix + " Trust " + UUID.randomUUID().toString().substring(0, 8);
    }
}
