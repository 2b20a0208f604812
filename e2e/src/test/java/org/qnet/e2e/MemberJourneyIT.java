package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The members journey across processes: a nominator puts a candidate forward, the panel admits them,
 * the issuer lets them sign in, and they find peers in the directory and connect. Runs on the demo
 * community the README's run command seeds, which must itself be worth browsing.
 */
class MemberJourneyIT extends OnTheDemoStack {

    @Test
    void the_demo_community_is_worth_browsing() {
        JsonNode directory = Api.get(members("/members?size=100"), issuer.accessToken("maya", "qnet-demo")).json();
        assertThat(directory.get("total").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(directory.get("facets").get("topic").size()).isGreaterThanOrEqualTo(10);
        assertThat(directory.get("facets").get("region").size()).isGreaterThanOrEqualTo(5);
        assertThat(directory.get("facets").get("profession").size()).isGreaterThanOrEqualTo(5);

        JsonNode nominations = Api.get(members("/nominations?size=100"), issuer.accessToken("pat", "qnet-demo")).json();
        assertThat(values(nominations, "status")).contains("submitted", "withdrawn", "admitted", "declined");
        JsonNode rounds = Api.get(members("/rounds"), issuer.accessToken("nora", "qnet-demo")).json();
        assertThat(values(rounds, "status")).contains("open", "closed");
    }

    @Test
    void an_admitted_candidate_signs_in_finds_peers_and_connects() {
        Admission admitted = Admission.of(stack, issuer, "Jo Journey");
        String memberId = admitted.memberId();
        String email = admitted.email();
        String jo = admitted.token();
        assertThat(Api.get(members("/members/me"), jo).json().get("id").asString()).isEqualTo(memberId);

        JsonNode found = Api.get(members("/members?q=" + URLEncoder.encode("Jo Journey", StandardCharsets.UTF_8)),
                issuer.accessToken("maya", "qnet-demo")).json();
        assertThat(values(found.get("items"), "id")).contains(memberId);
        JsonNode suggestions = Api.get(members("/members/me/suggestions"), jo).json();
        assertThat(suggestions.size()).isPositive();

        String maya = issuer.accessToken("maya", "qnet-demo");
        Api.Answer requested = Api.post(members("/connections"), maya, "{\"peerId\": \"" + memberId + "\"}");
        assertThat(requested.status()).isEqualTo(201);
        Api.Answer accepted = Api.post(members("/connections/" + requested.json().get("id").asString() + "/accept"), jo, "");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(Api.get(members("/members/" + memberId), maya).json().get("email").asString()).isEqualTo(email);
    }

    private static Set<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asString())
                .collect(Collectors.toSet());
    }

    private static String members(String path) {
        return stack.url("members") + path;
    }
}
