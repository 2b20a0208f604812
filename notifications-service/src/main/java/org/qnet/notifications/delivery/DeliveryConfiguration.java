package org.qnet.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import org.qnet.notifications.delivery.application.Digests;
import org.qnet.notifications.delivery.application.EmailSending;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.scheduling.RecurringPass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    CollectionIndexes emailIndexes() {
        return EmailQueue.indexes();
    }

    @Bean
    RecurringPass emailPasses(EmailSending sending, @Value("${qnet.notifications.email.interval:2s}") Duration interval) {
        return new RecurringPass("email-sending", interval, sending::sendDue);
    }

    @Bean
    RecurringPass digestPasses(Digests digests, Clock clock,
                               @Value("${qnet.notifications.digest.interval:5m}") Duration interval) {
        return new RecurringPass("email-digests", interval, () -> digests.queueDue(clock.instant()));
    }
}
