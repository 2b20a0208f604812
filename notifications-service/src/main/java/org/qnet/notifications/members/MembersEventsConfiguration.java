package org.qnet.notifications.members;

import java.util.List;
import java.util.function.Consumer;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.notifications.delivery.application.Delivery;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code qnet.members} and turns its events into notifications, a poll of events at a time, with
 * the batch's changes to people written together.
 */
@Configuration(proxyBeanMethods = false)
class MembersEventsConfiguration {

    @Bean
    Consumer<Message<List<byte[]>>> membersEvents(Inbox inbox, MembersNotifying notifying, People people,
                                                   Delivery delivery) {
        return EventConsumer.named("notifications", inbox)
                .on(OrganisationRegistered.TYPE, OrganisationRegistered.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(NominationSubmitted.TYPE, NominationSubmitted.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(NominationDecided.TYPE, NominationDecided.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(MemberAdmitted.TYPE, MemberAdmitted.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(MemberProfileUpdated.TYPE, MemberProfileUpdated.class, (envelope, e) -> notifying.on(e))
                .on(ConnectionRequested.TYPE, ConnectionRequested.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(ConnectionAccepted.TYPE, ConnectionAccepted.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(MemberErased.TYPE, MemberErased.class, (envelope, e) -> notifying.on(e))
                // People first: the notices delivered at the end of the batch are addressed from what it wrote.
                .buildForBatches(people.batched().andThen(delivery));
    }
}
