package org.qnet.notifications.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;

class NominatorNoticesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void every_nominator_of_a_registered_organisation_is_told_they_can_nominate() {
        var registered = new OrganisationRegistered("northfield-nhs-trust", "Northfield NHS Trust", "nhs-trust",
                "North West", List.of(new OrganisationRegistered.Nominator("nora", "nora@northfield.example"),
                        new OrganisationRegistered.Nominator("nell", "nell@northfield.example")), NOW);

        List<Notification> notices = NominatorNotices.forRegistered(registered, "event-1", NOW);

        assertThat(notices).extracting(Notification::recipient).containsExactly("nora", "nell");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.title()).isEqualTo("You can now nominate candidates for Northfield NHS Trust");
            assertThat(n.category()).isEqualTo(Category.NOMINATION);
            assertThat(n.link()).isEqualTo("/organisations/northfield-nhs-trust");
            assertThat(n.sourceEventId()).isEqualTo("event-1");
            assertThat(n.isRead()).isFalse();
        });
    }
}
