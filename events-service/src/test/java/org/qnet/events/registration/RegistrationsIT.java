package org.qnet.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.events.RegistrationConfirmed;
import org.qnet.contracts.events.RegistrationWaitlisted;
import org.qnet.contracts.events.WaitlistPromoted;
import org.qnet.events.EventsIntegrationTest;
import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/** Seats and the waitlist under concurrency, on the real store and broker. */
class RegistrationsIT extends EventsIntegrationTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    RegistrationStore registrationStore;

    @Test
    void two_hundred_at_once_for_twenty_seats_confirm_twenty_and_waitlist_the_rest_in_order_then_cancellations_promote_the_first() {
        String event = publishedEvent("olu", 20);
        // Known directly in the projection store: how the projection learns of members is tested elsewhere.
        List<String> members = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID().toString()).toList();
        Flux.fromIterable(members).concatMap(id -> knownMembers.remember(id, "Member " + id, null, List.of())).blockLast();

        // Their own threads: the shared bounded-elastic pool is the service's, and must not be starved by the callers.
        Scheduler registrants = Schedulers.newBoundedElastic(200, 200, "registrants");
        Map<String, JsonNode> answers = Flux.fromIterable(members)
                .flatMap(member -> Mono.fromCallable(() -> asMember(member).mutate().responseTimeout(Duration.ofMinutes(2))
                                .build().post().uri("/events/" + event + "/registrations")
                        .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody())
                        .map(answer -> Map.entry(member, answer))
                        .subscribeOn(registrants), 200)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue).block(Duration.ofMinutes(3));
        registrants.dispose();

        assertThat(answers.values()).filteredOn(a -> a.get("status").asString().equals("confirmed")).hasSize(20);
        assertThat(answers.values()).filteredOn(a -> a.get("status").asString().equals("waitlisted")).hasSize(180);
        JsonNode list = asOrganiser("olu").get().uri("/events/" + event + "/registrations").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.get("confirmed").size()).isEqualTo(20);
        assertThat(list.get("waitlist").size()).isEqualTo(180);
        List<String> waitlist = new ArrayList<>();
        list.get("waitlist").forEach(entry -> waitlist.add(entry.get("memberId").asString()));
        assertThat(waitlist).doesNotHaveDuplicates();
        for (int place = 1; place <= waitlist.size(); place++) {
            assertThat(answers.get(waitlist.get(place - 1)).get("position").asLong())
                    .as("the place the waitlist's %d. registrant was told", place).isEqualTo(place);
        }
        List<String> confirmed = new ArrayList<>();
        list.get("confirmed").forEach(entry -> confirmed.add(entry.get("memberId").asString()));

        confirmed.subList(0, 5).forEach(member -> asMember(member).delete()
                .uri("/events/" + event + "/registrations/me").exchange().expectStatus().isNoContent());

        JsonNode after = asOrganiser("olu").get().uri("/events/" + event + "/registrations").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> confirmedAfter = new ArrayList<>();
        after.get("confirmed").forEach(entry -> confirmedAfter.add(entry.get("memberId").asString()));
        assertThat(confirmedAfter).hasSize(20).containsAll(waitlist.subList(0, 5))
                .doesNotContainAnyElementsOf(confirmed.subList(0, 5));
        assertThat(after.get("waitlist").size()).isEqualTo(175);
        assertThat(after.get("waitlist").get(0).get("memberId").asString()).isEqualTo(waitlist.get(5));
        asOrganiser("olu").get().uri("/events/" + event).exchange().expectBody()
                .jsonPath("$.seatsTaken").isEqualTo(20)
                .jsonPath("$.seatsLeft").isEqualTo(0)
                .jsonPath("$.waitlistLength").isEqualTo(175);
        assertThat(eventsTopic().awaitRecords(r -> is(r, WaitlistPromoted.TYPE.ceType(), event), 5)).hasSize(5);
    }

    @Test
    void a_registrant_is_told_the_place_behind_someone_whose_earlier_ticket_is_still_being_placed() {
        String event = publishedEvent("olu", 1);
        asMember(admitted("Ada Obi")).post().uri("/events/" + event + "/registrations").exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("confirmed");
        // Between its two writes, as under load: Ben's request holds the first waitlist ticket but is not waitlisted yet.
        registrationStore.request(UUID.randomUUID().toString(), event, admitted("Ben Ito"), Instant.now()).block();
        assertThat(eventStore.nextWaitlistTicket(event).block()).isEqualTo(1);

        asMember(admitted("Cy Lowe")).post().uri("/events/" + event + "/registrations").exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.status").isEqualTo("waitlisted")
                .jsonPath("$.position").isEqualTo(2);
    }

    @Test
    void registering_again_returns_the_same_registration() {
        String event = publishedEvent("olu", 5);
        String maya = admitted("Maya Patel");

        String first = asMember(maya).post().uri("/events/" + event + "/registrations").exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        asMember(maya).post().uri("/events/" + event + "/registrations").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first).jsonPath("$.status").isEqualTo("confirmed");

        asOrganiser("olu").get().uri("/events/" + event).exchange().expectBody().jsonPath("$.seatsTaken").isEqualTo(1);
        var confirmed = assertPublishedConforming(RegistrationConfirmed.TYPE.ceType(), event);
        assertThat(confirmed.value()).contains(maya);
    }

    @Test
    void a_full_event_puts_the_registrant_on_the_waitlist_and_their_cancellation_frees_nothing() {
        String event = publishedEvent("olu", 1);
        String sam = admitted("Sam Jones");
        String tom = admitted("Tom Evans");
        asMember(sam).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();

        asMember(tom).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("waitlisted").jsonPath("$.position").isEqualTo(1);
        asMember(tom).get().uri("/events/" + event).exchange().expectBody()
                .jsonPath("$.yourRegistration.status").isEqualTo("waitlisted")
                .jsonPath("$.yourRegistration.position").isEqualTo(1)
                .jsonPath("$.onlineLink").doesNotExist();
        String listed = "$.items[?(@.id == '" + event + "')].";
        asMember(tom).get().uri("/events?size=100").exchange().expectBody()
                .jsonPath(listed + "seatsTaken").isEqualTo(List.of(1))
                .jsonPath(listed + "seatsLeft").isEqualTo(List.of(0))
                .jsonPath(listed + "waitlistLength").isEqualTo(List.of(1))
                .jsonPath(listed + "yourRegistration.position").isEqualTo(List.of(1));
        asMember(sam).get().uri("/events?size=100").exchange().expectBody()
                .jsonPath(listed + "waitlistLength").isEqualTo(List.of(1))
                .jsonPath(listed + "yourRegistration.status").isEqualTo(List.of("confirmed"));
        asMember(sam).get().uri("/events/" + event).exchange().expectBody()
                .jsonPath("$.onlineLink").isEqualTo("https://meet.example.org/run-charts");
        assertPublishedConforming(RegistrationWaitlisted.TYPE.ceType(), event);

        asMember(tom).delete().uri("/events/" + event + "/registrations/me").exchange().expectStatus().isNoContent();
        asOrganiser("olu").get().uri("/events/" + event).exchange().expectBody()
                .jsonPath("$.seatsTaken").isEqualTo(1).jsonPath("$.waitlistLength").isEqualTo(0);
        asMember(tom).delete().uri("/events/" + event + "/registrations/me").exchange().expectStatus().isNotFound();
    }

    @Test
    void raising_the_capacity_promotes_the_waitlist_and_lowering_it_below_the_seats_taken_is_refused() {
        String event = publishedEvent("olu", 1);
        String first = admitted("Ada First");
        String second = admitted("Ben Second");
        asMember(first).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();
        asMember(second).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();

        asOrganiser("olu").patch().uri("/events/" + event).bodyValue(Map.of("capacity", 2)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.seatsTaken").isEqualTo(2).jsonPath("$.waitlistLength").isEqualTo(0);
        asOrganiser("olu").patch().uri("/events/" + event).bodyValue(Map.of("capacity", 1)).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void a_cancelled_or_draft_event_takes_no_registrations() {
        String member = admitted("Cal Reed");
        String cancelled = publishedEvent("olu", 10);
        asOrganiser("olu").post().uri("/events/" + cancelled + "/cancel").bodyValue(Map.of("reason", "Speaker ill"))
                .exchange().expectStatus().isOk();
        String draft = create("olu", event(10, false)).get("id").asString();

        asMember(member).post().uri("/events/" + cancelled + "/registrations").exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        asMember(member).post().uri("/events/" + draft + "/registrations").exchange().expectStatus().isNotFound();
    }

    @Test
    void only_members_register_and_only_the_organiser_sees_the_attendee_list() {
        String event = publishedEvent("olu", 10);
        String member = admitted("Dev Shah");
        asMember(member).post().uri("/events/" + event + "/registrations").exchange().expectStatus().isCreated();

        asOrganiser("oscar").post().uri("/events/" + event + "/registrations").exchange().expectStatus().isForbidden();
        asMember("not-yet-known").post().uri("/events/" + event + "/registrations").exchange().expectStatus().isForbidden();
        asMember(member).get().uri("/events/" + event + "/registrations").exchange().expectStatus().isForbidden();
        asOrganiser("oscar").get().uri("/events/" + event + "/registrations").exchange().expectStatus().isForbidden();
        String csv = asOrganiser("olu").get().uri("/events/" + event + "/registrations.csv").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("status,waitlist position,name,email,attended,registered at\r\n")
                .contains("confirmed,,Dev Shah,dev.shah@example.org,");
    }
}
