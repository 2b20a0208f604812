package org.qnet.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.StringReader;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.qnet.events.EventsIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Events as iCalendar, read back by ical4j and by biweekly, and the member's secret feed. */
class CalendarIT extends EventsIntegrationTest {

    @Test
    void an_event_parses_with_two_independent_readers_and_a_cancel_raises_its_sequence() throws Exception {
        String id = publishedEvent("olu", 10);
        String member = admitted("Maya Patel");
        String before = ics(member, id);

        Calendar parsed = new CalendarBuilder().build(new StringReader(before));
        VEvent vevent = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo(id + "@qnet");
        assertThat(vevent.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(parsed.getComponent("VTIMEZONE")).isPresent();
        assertThat(vevent.getProperties("DTSTAMP")).hasSize(1);
        ICalendar biweekly = Biweekly.parse(before).first();
        assertThat(biweekly.getEvents().get(0).getSequence().getValue()).isZero();
        assertThat(before).doesNotContain("meet.example.org");

        asOrganiser("olu").post().uri("/events/" + id + "/cancel").bodyValue(Map.of("reason", "Speaker unwell"))
                .exchange().expectStatus().isOk();

        String after = ics(member, id);
        var cancelled = Biweekly.parse(after).first().getEvents().get(0);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue()).isGreaterThan(0);
        assertThat(cancelled.getUid().getValue()).isEqualTo(id + "@qnet");
    }

    @Test
    void the_secret_feed_lists_confirmed_events_without_a_token_marks_cancelled_ones_and_rotating_retires_the_old_url() {
        String member = admitted("Sam Jones");
        String event = publishedEvent("olu", 10);
        asMember(member).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();
        String url = asMember(member).post().uri("/calendar/subscription").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("url").asString();
        String path = url.substring(url.indexOf("/calendar/feeds/"));

        String feed = http.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/calendar")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(Biweekly.parse(feed).first().getEvents()).extracting(e -> e.getUid().getValue())
                .contains(event + "@qnet");
        assertThat(feed).contains("meet.example.org");

        asOrganiser("olu").post().uri("/events/" + event + "/cancel").bodyValue(Map.of("reason", "Room flooded"))
                .exchange().expectStatus().isOk();
        var entry = Biweekly.parse(http.get().uri(path).exchange().expectBody(String.class).returnResult()
                .getResponseBody()).first().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(event + "@qnet")).findFirst().orElseThrow();
        assertThat(entry.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(entry.getSequence().getValue()).isGreaterThan(0);

        asMember(member).post().uri("/calendar/subscription").exchange().expectStatus().isOk();
        http.get().uri(path).exchange().expectStatus().isNotFound();
        asMember(member).get().uri("/calendar/subscription").exchange().expectBody().jsonPath("$.active").isEqualTo(true);
    }

    private String ics(String member, String id) {
        return asMember(member).get().uri("/events/" + id + "/event.ics").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/calendar")
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
