package org.qnet.notifications.members;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.Candidate;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.NotificationsIntegrationTest;

/** qnet.members events reach the right people once: nominators, new members, both sides of a connection. */
class MemberNoticesIT extends NotificationsIntegrationTest {

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
    void an_erased_member_loses_their_notifications() {
        String member = someone();
        publishTwice(Topics.MEMBERS, admitted(member, "Erin Gone"));
        assertInboxEventually(member, "Welcome to the community, Erin Gone");

        publishTwice(Topics.MEMBERS, new MemberErased(member, Instant.now()));

        assertInboxEventually(member);
    }
}
