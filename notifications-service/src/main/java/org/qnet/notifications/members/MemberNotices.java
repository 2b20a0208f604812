package org.qnet.notifications.members;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;

/** What members and nominators are told about membership and connections. */
final class MemberNotices {

    private MemberNotices() {
    }

    static Notification welcome(MemberAdmitted admitted, String eventId, Instant now) {
        return Notification.unread(admitted.memberId(), Category.MEMBERSHIP, "Welcome to the community, " + admitted.name(),
                "The panel admitted you. Fill in your profile so peers working on the same problems can find you, "
                        + "and look at who the directory suggests you meet.",
                "/members/me", eventId, now);
    }

    /** The organisation's nominators hear the panel's decision on their candidate. */
    static List<Notification> decided(NominationDecided decided, List<String> nominators, String eventId, Instant now) {
        boolean admitted = "admitted".equals(decided.outcome());
        String name = decided.candidate().name();
        return nominators.stream().map(nominator -> Notification.unread(nominator, Category.NOMINATION,
                admitted ? name + " was admitted" : name + " was not admitted this time",
                "The panel's reason: " + decided.reason(),
                "/nominations/" + decided.nominationId(), eventId, now)).toList();
    }

    static Notification connectionRequested(ConnectionRequested requested, String requesterName, String eventId,
                                            Instant now) {
        return Notification.unread(requested.addresseeId(), Category.CONNECTION,
                requesterName + " would like to connect",
                "Accept to share contact details and see each other's work.",
                "/connections/" + requested.connectionId(), eventId, now);
    }

    static Notification connectionAccepted(ConnectionAccepted accepted, String addresseeName, String eventId,
                                           Instant now) {
        return Notification.unread(accepted.requesterId(), Category.CONNECTION,
                addresseeName + " accepted your request to connect",
                "You can now see each other's email and contact each other directly.",
                "/members/" + accepted.addresseeId(), eventId, now);
    }
}
