package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.qnet.localstack.IssuerTokens;
import org.qnet.localstack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * A new member made the way people are: Northfield's nominator puts them forward in the open round,
 * the panel admits them, and they sign in with their email once the issuer has heard of it.
 */
record Admission(String memberId, String email, String token) {

    static Admission of(LocalStack stack, IssuerTokens issuer, String name) {
        String nora = issuer.accessToken("nora", "qnet-demo");
        String openRound = openRound(stack, issuer, "Journey round " + UUID.randomUUID(), 1).get("id").asString();
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        Api.Answer nominated = Api.post(stack.url("members") + "/nominations", nora, """
                {"roundId": "%s",
                 "candidate": {"name": "%s", "email": "%s", "profession": "midwife", "region": "North West",
                               "topics": ["maternity", "sepsis"]},
                 "statement": "Runs the maternity early warning improvement work."}
                """.formatted(openRound, name, email));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);

        Api.Answer decided = Api.post(stack.url("members") + "/nominations/" + nominated.json().get("id").asString()
                        + "/decision", issuer.accessToken("pat", "qnet-demo"),
                "{\"outcome\": \"admit\", \"reason\": \"Strong maternity work.\"}");
        assertThat(decided.status()).isEqualTo(200);
        String memberId = decided.json().get("memberId").asString();

        String token = await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> issuer.accessToken(email, "qnet-demo"),
                        candidate -> Api.get(stack.url("members") + "/members/me", candidate).status() == 200);
        return new Admission(memberId, email, token);
    }

    /**
     * A round of its own, open from a minute ago for a day, so that a journey never uses up the demo
     * round's quota. Answers the round as the members service described it.
     */
    private static JsonNode openRound(LocalStack stack, IssuerTokens issuer, String name, int quota) {
        Instant now = Instant.now();
        Api.Answer round = Api.post(stack.url("members") + "/rounds", issuer.accessToken("ada", "qnet-demo"),
                "{\"name\": \"%s\", \"opensAt\": \"%s\", \"closesAt\": \"%s\", \"quota\": %d}"
                        .formatted(name, now.minusSeconds(60), now.plusSeconds(86_400), quota));
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        return round.json();
    }
}
