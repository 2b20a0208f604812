package org.qnet.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.events.EventCancelled;
import org.qnet.contracts.events.EventPublished;
import org.qnet.contracts.events.EventRescheduled;
import org.qnet.events.EventsIntegrationTest;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Organisers publish, change and cancel events; series become occurrences; drafts stay private. */
class PublishingIT extends EventsIntegrationTest {

    @Test
    void an_organiser_publishes_an_event_and_members_browse_it() {
        String id = publishedEvent("olu", 30);
        String member = admitted("Maya Patel");

        asMember(member).get().uri("/events/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("published")
                .jsonPath("$.seatsLeft").isEqualTo(30)
                .jsonPath("$.timeZone").isEqualTo("Europe/London")
                .jsonPath("$.descriptionHtml").isEqualTo("<h2>Plan</h2>\n<ul><li>why</li><li>how</li></ul>\n")
                .jsonPath("$.onlineLink").doesNotExist()
                .jsonPath("$.online").isEqualTo(true);
        JsonNode page = asMember(member).get().uri("/events?q=run charts that teams&topic=measurement for improvement&size=100")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString())).contains(id);
        assertPublishedConforming(EventPublished.TYPE.ceType(), id);
    }

    @Test
    void browsing_pages_the_events_of_a_time_range_by_start_with_the_total_and_the_callers_own_drafts_only() {
        LocalDateTime day = LocalDateTime.now(LONDON).plusYears(3).plusDays(17).withHour(0).withMinute(0).withSecond(0)
                .withNano(0);
        String third = create("olu", startingAt(day.plusHours(15), true)).get("id").asString();
        String first = create("olu", startingAt(day.plusHours(9), true)).get("id").asString();
        String second = create("oscar", startingAt(day.plusHours(11), true)).get("id").asString();
        String oluDraft = create("olu", startingAt(day.plusHours(16), false)).get("id").asString();
        create("oscar", startingAt(day.plusHours(10), false));
        create("olu", startingAt(day.plusDays(1).plusHours(9), true));
        String range = "/events?from=" + day.toLocalDate() + "&to=" + day.toLocalDate().plusDays(1) + "&size=2";

        JsonNode firstPage = browse(asOrganiser("olu"), range);
        JsonNode secondPage = browse(asOrganiser("olu"), range + "&page=1");
        assertThat(ids(firstPage)).containsExactly(first, second);
        assertThat(ids(secondPage)).containsExactly(third, oluDraft);
        assertThat(firstPage.get("total").asLong()).isEqualTo(4);
        assertThat(firstPage.get("items").get(0).get("seatsLeft").asLong()).isEqualTo(25);
        assertThat(ids(browse(asOrganiser("olu"), range + "&page=2"))).isEmpty();

        JsonNode asMember = browse(asMember(admitted("Ravi Shah")), range + "&page=1");
        assertThat(ids(asMember)).containsExactly(third);
        assertThat(asMember.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void a_time_range_may_be_bounded_by_instants_and_a_bound_neither_a_date_nor_an_instant_is_refused() {
        LocalDateTime day = LocalDateTime.now(LONDON).plusYears(3).plusDays(23).withHour(0).withMinute(0).withSecond(0)
                .withNano(0);
        String noon = create("olu", startingAt(day.plusHours(12), true)).get("id").asString();
        create("olu", startingAt(day.plusHours(18), true));
        var from = day.plusHours(11).atZone(LONDON).toInstant();
        var to = day.plusHours(13).atZone(LONDON).toInstant();
        WebTestClient member = asMember(admitted("Ravi Shah"));

        assertThat(ids(browse(member, "/events?from=" + from + "&to=" + to))).containsExactly(noon);
        for (String bound : List.of("2027-13-01", "tomorrow!", "2027-01-14T09:00")) {
            member.get().uri("/events?from={bound}", bound).exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        }
    }

    private static Map<String, Object> startingAt(LocalDateTime start, boolean publish) {
        Map<String, Object> body = event(25, publish);
        body.put("start", start.toString());
        body.put("end", start.plusHours(1).toString());
        return body;
    }

    private static JsonNode browse(WebTestClient caller, String uri) {
        return caller.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    @Test
    void a_draft_is_seen_only_by_its_organiser() {
        String draft = create("olu", event(10, false)).get("id").asString();

        asOrganiser("olu").get().uri("/events/" + draft).exchange().expectStatus().isOk();
        asOrganiser("oscar").get().uri("/events/" + draft).exchange().expectStatus().isNotFound();
        asMember(admitted("Sam Jones")).get().uri("/events/" + draft).exchange().expectStatus().isNotFound();
    }

    @Test
    void another_organiser_cannot_change_the_event_and_a_member_cannot_create_one() {
        String id = publishedEvent("olu", 10);

        asOrganiser("oscar").patch().uri("/events/" + id).bodyValue(Map.of("title", "Mine")).exchange()
                .expectStatus().isForbidden();
        asOrganiser("oscar").post().uri("/events/" + id + "/cancel").bodyValue(Map.of("reason", "no")).exchange()
                .expectStatus().isForbidden();
        asMember(admitted("Tom Evans")).post().uri("/events").bodyValue(event(10, true)).exchange()
                .expectStatus().isForbidden();
        org.qnet.testinfra.Callers.as(http, "ada", "ADMIN").patch().uri("/events/" + id)
                .bodyValue(Map.of("summary", "Edited by an admin.")).exchange().expectStatus().isOk();
    }

    @Test
    void moving_the_time_tells_registrants_and_cancelling_tells_them_why() {
        String id = publishedEvent("olu", 10);
        LocalDateTime later = LocalDateTime.now(LONDON).plusDays(8).withHour(15).withMinute(0).withSecond(0).withNano(0);

        asOrganiser("olu").patch().uri("/events/" + id).bodyValue(Map.of("start", later.toString())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.start").isEqualTo(later.toString() + ":00")
                .jsonPath("$.end").isEqualTo(later.plusHours(1).toString() + ":00")
                .jsonPath("$.sequence").isEqualTo(1);
        var rescheduled = assertPublishedConforming(EventRescheduled.TYPE.ceType(), id);
        assertThat(rescheduled.value()).contains("\"sequence\":1");

        asOrganiser("olu").post().uri("/events/" + id + "/cancel").bodyValue(Map.of("reason", "The speaker is unwell."))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("cancelled").jsonPath("$.cancelReason").isEqualTo("The speaker is unwell.");
        assertThat(assertPublishedConforming(EventCancelled.TYPE.ceType(), id).value()).contains("The speaker is unwell.");
        asOrganiser("olu").patch().uri("/events/" + id).bodyValue(Map.of("title", "Back on")).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void a_weekly_series_becomes_occurrences_that_keep_their_local_time_across_the_clock_change() {
        Map<String, Object> body = new HashMap<>(event(40, true));
        body.put("start", "2027-03-18T13:00");
        body.put("end", "2027-03-18T14:00");
        body.put("rrule", "FREQ=WEEKLY;COUNT=4");

        JsonNode series = asOrganiser("olu").post().uri("/events/series").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode occurrences = series.get("occurrences");
        assertThat(occurrences.size()).isEqualTo(4);
        assertThat(occurrences.valueStream().map(o -> o.get("start").asString()))
                .containsExactly("2027-03-18T13:00:00", "2027-03-25T13:00:00", "2027-04-01T13:00:00", "2027-04-08T13:00:00");
        assertThat(occurrences.get(0).get("startsAt").asString()).isEqualTo("2027-03-18T13:00:00Z");
        assertThat(occurrences.get(2).get("startsAt").asString()).isEqualTo("2027-04-01T12:00:00Z");
        String second = occurrences.get(1).get("id").asString();
        asOrganiser("olu").post().uri("/events/" + second + "/cancel").bodyValue(Map.of("reason", "Bank holiday week"))
                .exchange().expectStatus().isOk();
        asOrganiser("olu").get().uri("/events/" + occurrences.get(2).get("id").asString()).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("published")
                .jsonPath("$.seriesId").isEqualTo(series.get("seriesId").asString());
    }

    @Test
    void bad_events_are_problems_naming_the_field() {
        Map<String, Object> http = new HashMap<>(event(10, true));
        http.put("onlineLink", "http://meet.example.org/plain");
        Map<String, Object> zone = new HashMap<>(event(10, true));
        zone.put("timeZone", "Europe/Narnia");
        Map<String, Object> backwards = new HashMap<>(event(10, true));
        backwards.put("end", "2020-01-01T00:00");
        Map<String, Object> daily = new HashMap<>(event(10, true));
        daily.put("rrule", "FREQ=DAILY;COUNT=3");
        Map<String, Object> endless = new HashMap<>(event(10, true));
        endless.put("rrule", "FREQ=WEEKLY");

        expectFieldError("/events", http, "onlineLink");
        expectFieldError("/events", zone, "timeZone");
        expectFieldError("/events", backwards, "end");
        expectFieldError("/events/series", daily, "rrule");
        expectFieldError("/events/series", endless, "rrule");
        Map<String, Object> script = new HashMap<>(event(10, true));
        script.put("description", "Hello <script>alert(1)</script> [x](javascript:alert(1))");
        String id = create("olu", script).get("id").asString();
        asOrganiser("olu").get().uri("/events/" + id).exchange().expectBody(JsonNode.class)
                .value(e -> assertThat(e.get("descriptionHtml").asString()).doesNotContain("<script", "javascript:"));
    }

    private void expectFieldError(String path, Map<String, Object> body, String field) {
        asOrganiser("olu").post().uri(path).bodyValue(body).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
