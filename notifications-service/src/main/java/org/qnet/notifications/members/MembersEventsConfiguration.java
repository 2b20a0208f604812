package org.qnet.notifications.members;

import java.time.Clock;
import java.util.function.Consumer;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reads {@code qnet.members} and turns its events into notifications. */
@Configuration(proxyBeanMethods = false)
class MembersEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> membersEvents(Inbox inbox, NotificationStore notifications, Clock clock) {
        return EventConsumer.named("notifications", inbox)
                .on(OrganisationRegistered.TYPE, OrganisationRegistered.class, (envelope, registered) ->
                        notifications.addAll(NominatorNotices.forRegistered(registered, envelope.id(), clock.instant())))
                .build();
    }
}
