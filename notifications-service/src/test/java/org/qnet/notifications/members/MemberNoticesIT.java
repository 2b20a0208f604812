package org.qnet.notifications.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.Candidate;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.platform.messaging.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** qnet.members events reach the right people once: nominators, new members, both sides of a connection. */
class MemberNoticesIT extends NotificationsIntegrationTest {

    @Autowired
    private ReactiveMongoTemplate mongo;

    private static MemberAdmitted admitted(String id, String name) {
        return new MemberAdmitted(id, name, id + "@example.org", "nurse", "London", "northfield-nhs-trust",
                List.of("sepsis"), Instant.now());
    }

    @Test
    void a_panel_decision_reaches_the_organisations_nominators_and_an_admission_welcomes_the_member() {
        String nominator = someone();
        String otherNominator = someone();
        String organisation = "org-" + someone().substring(0, 8);
        publishTwice(Topics.MEMBERS, new OrganisationRegistered(organisation, "Northfield " + organisation, "nhs-trust",
                "North West", List.of(new OrganisationRegistered.Nominator(nominator, "n@example.org")), Instant.now()));
        publishTwice(Topics.MEMBERS, new OrganisationRegistered("other-" + organisation, "Elsewhere", "nhs-trust",
                "London", List.of(new OrganisationRegistered.Nominator(otherNominator, "o@example.org")), Instant.now()));
        // Events about different subjects may arrive in any order: the audience must be known first.
        assertInboxEventually(nominator, "You can now nominate candidates for Northfield " + organisation);
        String member = someone();

        publishTwice(Topics.MEMBERS, new NominationDecided(someone(), someone(), organisation,
                new Candidate("Grace Okafor", "grace@example.org"), "admitted", "Strong sepsis work.", member,
                Instant.now()));
        publishTwice(Topics.MEMBERS, admitted(member, "Grace Okafor"));

        assertInboxEventually(nominator, "You can now nominate candidates for Northfield " + organisation,
                "Grace Okafor was admitted");
        assertInboxEventually(member, "Welcome to the community, Grace Okafor");
        assertInboxStays(otherNominator, "You can now nominate candidates for Elsewhere");
    }

    @Test
    void a_connection_request_reaches_the_addressee_and_its_acceptance_the_requester() {
        String maya = someone();
        String sam = someone();
        String bystander = someone();
        publishTwice(Topics.MEMBERS, admitted(maya, "Maya Patel"));
        publishTwice(Topics.MEMBERS, admitted(sam, "Sam Jones"));
        assertInboxEventually(maya, "Welcome to the community, Maya Patel");
        assertInboxEventually(sam, "Welcome to the community, Sam Jones");
        String connection = someone();

        publishTwice(Topics.MEMBERS, new ConnectionRequested(connection, maya, sam, Instant.now()));
        publishTwice(Topics.MEMBERS, new ConnectionAccepted(connection, maya, sam, Instant.now()));

        assertInboxEventually(sam, "Welcome to the community, Sam Jones", "Maya Patel would like to connect");
        assertInboxEventually(maya, "Welcome to the community, Maya Patel", "Sam Jones accepted your request to connect");
        assertInboxStays(bystander);
    }

    @Test
    void a_member_erased_right_after_joining_and_changing_their_profile_is_not_remembered() {
        String erin = someone();
        publishTwice(Topics.MEMBERS, admitted(erin, "Erin Gone"));
        publishTwice(Topics.MEMBERS, new MemberProfileUpdated(erin, "Erin Gone-Soon", "nurse", "London",
                List.of("sepsis", "falls"), false, true, Instant.now()));

        String erasure = publishTwice(Topics.MEMBERS, new MemberErased(erin, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                Query.query(Criteria.where("consumer").is("notifications").and("eventId").is(erasure)), Inbox.COLLECTION)
                .block());
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(erin)), People.COLLECTION).block()).isFalse();
        assertInboxStays(erin);
    }

    @Test
    void an_erased_member_loses_their_notifications() {
        String member = someone();
        publishTwice(Topics.MEMBERS, admitted(member, "Erin Gone"));
        assertInboxEventually(member, "Welcome to the community, Erin Gone");

        publishTwice(Topics.MEMBERS, new MemberErased(member, Instant.now()));

        assertInboxEventually(member);
    }
}
