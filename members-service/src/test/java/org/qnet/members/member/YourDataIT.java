package org.qnet.members.member;

import static org.awaitility.Awaitility.await;
import static org.qnet.testinfra.Callers.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.members.MemberErased;
import org.qnet.members.MembersIntegrationTest;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** A member's export and erasure of their data, on the real store and broker. */
class YourDataIT extends MembersIntegrationTest {

    @Autowired
    MemberStore store;

    @Test
    void the_export_holds_the_profile_and_the_connections() {
        MemberSeeds seeds = new MemberSeeds(store);
        Member maya = seeds.admit("Maya Export");
        Member sam = seeds.admit("Sam Export");
        connect(maya, sam);

        as(http, maya.id(), "MEMBER").get().uri("/members/me/export").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.profile.email").isEqualTo(maya.email())
                .jsonPath("$.profile.name").isEqualTo("Maya Export")
                .jsonPath("$.connections[0].addresseeId").isEqualTo(sam.id())
                .jsonPath("$.exportedAt").exists();
    }

    @Test
    void erasing_removes_the_profile_everywhere_and_drops_the_connections() {
        MemberSeeds seeds = new MemberSeeds(store);
        Member maya = seeds.admit("Maya Erased");
        Member sam = seeds.admit("Sam Remains");
        connect(maya, sam);

        as(http, maya.id(), "MEMBER").delete().uri("/members/me").exchange().expectStatus().isNoContent();

        as(http, sam.id(), "MEMBER").get().uri("/members/" + maya.id()).exchange().expectStatus().isNotFound();
        as(http, maya.id(), "MEMBER").get().uri("/members/me/export").exchange().expectStatus().isNotFound();
        as(http, maya.id(), "MEMBER").delete().uri("/members/me").exchange().expectStatus().isNotFound();
        as(http, sam.id(), "MEMBER").get().uri("/members?q=Maya Erased").exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(http, sam.id(), "MEMBER").get().uri("/connections").exchange()
                        .expectBody().jsonPath("$.length()").isEqualTo(0));
        assertPublishedConforming(MemberErased.TYPE.ceType(), maya.id());
    }

    private void connect(Member from, Member to) {
        String id = as(http, from.id(), "MEMBER").post().uri("/connections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"peerId\": \"" + to.id() + "\"}").exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        as(http, to.id(), "MEMBER").post().uri("/connections/" + id + "/accept").exchange().expectStatus().isOk();
    }
}
