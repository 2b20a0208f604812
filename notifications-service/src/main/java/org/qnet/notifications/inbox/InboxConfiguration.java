package org.qnet.notifications.inbox;

import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    @Bean
    CollectionIndexes notificationIndexes() {
        return NotificationStore.indexes();
    }
}
