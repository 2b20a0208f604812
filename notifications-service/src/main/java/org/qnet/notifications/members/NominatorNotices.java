package org.qnet.notifications.members;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;

/** Who must know that an organisation was registered, and what they are told: each of its nominators. */
final class NominatorNotices {

    private NominatorNotices() {
    }

    static List<Notification> forRegistered(OrganisationRegistered registered, String eventId, Instant now) {
        return registered.nominators().stream()
                .map(nominator -> Notification.unread(
                        nominator.subject(),
                        Category.NOMINATION,
                        "You can now nominate candidates for " + registered.name(),
                        registered.name() + " is registered as a nominating organisation, with you as one of its "
                                + "nominators. When a recruitment round opens you can put candidates forward.",
                        "/organisations/" + registered.organisationId(),
                        eventId,
                        now))
                .toList();
    }
}
