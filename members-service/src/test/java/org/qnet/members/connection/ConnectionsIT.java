package org.qnet.members.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qnet.testinfra.Callers.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionDeclined;
import org.qnet.contracts.members.ConnectionRemoved;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.members.MembersIntegrationTest;
import org.qnet.members.member.MemberSeeds;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Members connecting with each other, on the real store and broker. */
class ConnectionsIT extends MembersIntegrationTest {

    @Autowired
    MemberStore store;

    private Member maya;
    private Member sam;

    @BeforeEach
    void members() {
        MemberSeeds seeds = new MemberSeeds(store);
        maya = seeds.admit("Maya Patel");
        sam = seeds.admit("Sam Jones");
    }

    @Test
    void a_request_is_accepted_by_the_addressee_and_both_see_the_connection() {
        String id = request(maya, sam).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        as(http, sam.id(), "MEMBER").get().uri("/connections?status=pending").exchange()
                .expectBody()
                .jsonPath("$[0].id").isEqualTo(id)
                .jsonPath("$[0].direction").isEqualTo("incoming")
                .jsonPath("$[0].peer.name").isEqualTo("Maya Patel");

        as(http, sam.id(), "MEMBER").post().uri("/connections/" + id + "/accept").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("accepted");

        as(http, maya.id(), "MEMBER").get().uri("/connections?status=accepted").exchange()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].direction").isEqualTo("outgoing")
                .jsonPath("$[0].peer.id").isEqualTo(sam.id());
        assertPublishedConforming(ConnectionRequested.TYPE.ceType(), id);
        assertPublishedConforming(ConnectionAccepted.TYPE.ceType(), id);
    }

    @Test
    void only_the_addressee_answers_and_outsiders_are_told_there_is_no_such_connection() {
        String id = idOf(request(maya, sam));
        Member outsider = new MemberSeeds(store).admit("Olu Outsider");

        as(http, maya.id(), "MEMBER").post().uri("/connections/" + id + "/accept").exchange().expectStatus().isForbidden();
        as(http, outsider.id(), "MEMBER").post().uri("/connections/" + id + "/accept").exchange().expectStatus().isNotFound();
        as(http, outsider.id(), "MEMBER").delete().uri("/connections/" + id).exchange().expectStatus().isNotFound();
        as(http, sam.id(), "MEMBER").delete().uri("/connections/" + id).exchange().expectStatus().isEqualTo(409);
        as(http, "pat", "PANEL").get().uri("/connections").exchange().expectStatus().isForbidden();
    }

    @Test
    void a_declined_request_can_be_made_again_later() {
        String id = idOf(request(maya, sam));
        as(http, sam.id(), "MEMBER").post().uri("/connections/" + id + "/decline").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("declined");
        as(http, sam.id(), "MEMBER").post().uri("/connections/" + id + "/accept").exchange().expectStatus().isEqualTo(409);

        request(maya, sam).expectStatus().isCreated();
        assertPublishedConforming(ConnectionDeclined.TYPE.ceType(), id);
    }

    @Test
    void there_is_one_request_per_pair_and_asking_back_accepts_it() {
        String id = idOf(request(maya, sam));
        request(maya, sam).expectStatus().isEqualTo(409);

        request(sam, maya).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.status").isEqualTo("accepted");
        request(sam, maya).expectStatus().isEqualTo(409);
    }

    @Test
    void the_requester_withdraws_and_either_side_removes_an_accepted_connection() {
        String withdrawn = idOf(request(maya, sam));
        as(http, maya.id(), "MEMBER").delete().uri("/connections/" + withdrawn).exchange().expectStatus().isNoContent();

        String id = idOf(request(maya, sam));
        as(http, sam.id(), "MEMBER").post().uri("/connections/" + id + "/accept").exchange().expectStatus().isOk();
        as(http, sam.id(), "MEMBER").delete().uri("/connections/" + id).exchange().expectStatus().isNoContent();

        as(http, maya.id(), "MEMBER").get().uri("/connections?status=removed").exchange()
                .expectBody().jsonPath("$[0].id").isEqualTo(id);
        assertPublishedConforming(ConnectionRemoved.TYPE.ceType(), withdrawn);
        assertPublishedConforming(ConnectionRemoved.TYPE.ceType(), id);
    }

    @Test
    void nobody_connects_with_themself_or_with_someone_who_is_not_a_member() {
        request(maya, maya).expectStatus().isEqualTo(422);
        as(http, maya.id(), "MEMBER").post().uri("/connections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"peerId\": \"nobody\"}").exchange().expectStatus().isNotFound();
        as(http, maya.id(), "MEMBER").post().uri("/connections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isBadRequest();
    }

    @Test
    void a_member_has_at_most_fifty_requests_waiting() {
        MemberSeeds seeds = new MemberSeeds(store);
        List<Member> peers = IntStream.range(0, 51).mapToObj(i -> seeds.admit("Peer " + i)).toList();
        peers.subList(0, 50).forEach(peer -> request(maya, peer).expectStatus().isCreated());

        request(maya, peers.get(50)).expectStatus().isEqualTo(422);

        String first = as(http, maya.id(), "MEMBER").get().uri("/connections?status=pending").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get(0).get("id").asString();
        as(http, maya.id(), "MEMBER").delete().uri("/connections/" + first).exchange().expectStatus().isNoContent();
        request(maya, peers.get(50)).expectStatus().isCreated();
    }

    @Test
    void a_member_whose_fifty_seats_are_taken_still_accepts_by_asking_back() {
        MemberSeeds seeds = new MemberSeeds(store);
        List<Member> peers = IntStream.range(0, 50).mapToObj(i -> seeds.admit("Asked " + i)).toList();
        peers.forEach(peer -> request(maya, peer).expectStatus().isCreated());
        String theirs = idOf(request(sam, maya));

        request(maya, sam).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(theirs)
                .jsonPath("$.status").isEqualTo("accepted");
    }

    @Test
    void answered_requests_give_their_seats_back_to_the_requester() {
        MemberSeeds seeds = new MemberSeeds(store);
        List<Member> answering = IntStream.range(0, 50).mapToObj(i -> seeds.admit("Answering " + i)).toList();
        for (int i = 0; i < answering.size(); i++) {
            Member peer = answering.get(i);
            String id = idOf(request(maya, peer));
            as(http, peer.id(), "MEMBER").post().uri("/connections/" + id + (i % 2 == 0 ? "/accept" : "/decline"))
                    .exchange().expectStatus().isOk();
        }
        List<Member> next = IntStream.range(0, 50).mapToObj(i -> seeds.admit("Next " + i)).toList();

        next.forEach(peer -> request(maya, peer).expectStatus().isCreated());

        request(maya, sam).expectStatus().isEqualTo(422);
        as(http, maya.id(), "MEMBER").get().uri("/connections?status=pending").exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(50);
    }

    @Test
    void sixty_simultaneous_requests_fill_exactly_the_fifty_seats() throws Exception {
        MemberSeeds seeds = new MemberSeeds(store);
        Member sender = seeds.admit("Busy Sender");
        List<Member> peers = IntStream.range(0, 60).mapToObj(i -> seeds.admit("Wanted " + i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(60);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (Member peer : peers) {
            statuses.add(pool.submit(() -> {
                start.await();
                return request(sender, peer).returnResult(String.class).getStatus().value();
            }));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();

        assertThat(answered).filteredOn(s -> s == 201).hasSize(50);
        assertThat(answered).filteredOn(s -> s == 422).hasSize(10);
        as(http, sender.id(), "MEMBER").get().uri("/connections?status=pending").exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(50);
    }

    private WebTestClient.ResponseSpec request(Member from, Member to) {
        return as(http, from.id(), "MEMBER").post().uri("/connections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"peerId\": \"" + to.id() + "\"}").exchange();
    }

    private static String idOf(WebTestClient.ResponseSpec created) {
        return created.expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

}
