package org.qnet.notifications.inbox;

import java.time.Duration;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.inbox.infrastructure.StoredElsewhere;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.scheduling.RecurringPass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    @Bean
    CollectionIndexes notificationIndexes() {
        return NotificationStore.indexes();
    }

    /** How soon a stream held here hears of a notification another instance stored. */
    @Bean
    RecurringPass storedElsewhereLooks(StoredElsewhere storedElsewhere,
                                       @Value("${qnet.notifications.stream.poll-interval:1s}") Duration interval) {
        return new RecurringPass("stored-elsewhere", interval, storedElsewhere::look);
    }
}
