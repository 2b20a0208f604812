package org.qnet.notifications.events;

import java.util.List;
import java.util.function.Consumer;
import org.qnet.contracts.events.EventCancelled;
import org.qnet.contracts.events.EventPublished;
import org.qnet.contracts.events.EventReminderDue;
import org.qnet.contracts.events.EventRescheduled;
import org.qnet.contracts.events.RegistrationCancelled;
import org.qnet.contracts.events.RegistrationConfirmed;
import org.qnet.contracts.events.RegistrationWaitlisted;
import org.qnet.contracts.events.WaitlistPromoted;
import org.qnet.notifications.delivery.application.Delivery;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reads {@code qnet.events} and turns its events into notifications, a poll of events at a time. */
@Configuration(proxyBeanMethods = false)
class EventsEventsConfiguration {

    @Bean
    Consumer<Message<List<byte[]>>> eventsEvents(Inbox inbox, EventsNotifying notifying, Delivery delivery) {
        return EventConsumer.named("notifications-events", inbox)
                .on(EventPublished.TYPE, EventPublished.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(RegistrationConfirmed.TYPE, RegistrationConfirmed.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(RegistrationWaitlisted.TYPE, RegistrationWaitlisted.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(WaitlistPromoted.TYPE, WaitlistPromoted.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(RegistrationCancelled.TYPE, RegistrationCancelled.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(EventRescheduled.TYPE, EventRescheduled.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(EventCancelled.TYPE, EventCancelled.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(EventReminderDue.TYPE, EventReminderDue.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .buildForBatches(delivery);
    }
}
