package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The events journey across processes: the demo season is there to browse, and a member admitted in
 * members-service registers in events-service, lands on a full event's waitlist, and is promoted
 * when a seat frees.
 */
class EventJourneyIT extends OnTheDemoStack {

    @Test
    void the_demo_season_has_a_series_a_nearly_full_workshop_and_a_waitlist() {
        JsonNode season = Api.get(events("/events?size=100"), issuer.accessToken("maya", "qnet-demo")).json();
        assertThat(StreamSupport.stream(season.get("items").spliterator(), false)
                .filter(event -> !event.get("seriesId").isNull()).count()).isGreaterThanOrEqualTo(12);
        assertThat(StreamSupport.stream(season.get("items").spliterator(), false)
                .anyMatch(event -> event.get("seatsLeft").asLong(-1) == 1)).isTrue();
        assertThat(StreamSupport.stream(season.get("items").spliterator(), false)
                .anyMatch(event -> event.get("waitlistLength").asLong() > 0)).isTrue();
    }

    @Test
    void an_admitted_member_is_waitlisted_for_a_full_event_and_promoted_when_a_seat_frees() {
        String olu = issuer.accessToken("olu", "qnet-demo");
        Api.Answer created = Api.post(events("/events"), olu, """
                {"title": "Journey clinic", "kind": "workshop", "summary": "One seat only.",
                 "start": "2027-03-02T10:00", "end": "2027-03-02T11:00", "timeZone": "Europe/London",
                 "onlineLink": "https://meet.qnet.example/journey", "capacity": 1, "publish": true}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String event = created.json().get("id").asString();
        String maya = issuer.accessToken("maya", "qnet-demo");
        assertThat(Api.post(events("/events/" + event + "/registrations"), maya, "").json().get("status").asString())
                .isEqualTo("confirmed");

        Admission jo = Admission.of(stack, issuer, "Jo Events");
        Api.Answer waitlisted = await().atMost(Duration.ofSeconds(60)).until(
                () -> Api.post(events("/events/" + event + "/registrations"), jo.token(), ""),
                answer -> answer.status() != 403);
        assertThat(waitlisted.json().get("status").asString()).isEqualTo("waitlisted");
        assertThat(waitlisted.json().get("position").asInt()).isEqualTo(1);

        assertThat(Api.delete(events("/events/" + event + "/registrations/me"), maya).status()).isEqualTo(204);

        JsonNode seen = Api.get(events("/events/" + event), jo.token()).json();
        assertThat(seen.get("yourRegistration").get("status").asString()).isEqualTo("confirmed");
        assertThat(seen.get("onlineLink").asString()).isEqualTo("https://meet.qnet.example/journey");
    }

    private static String events(String path) {
        return stack.url("events") + path;
    }
}
