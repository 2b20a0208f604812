package org.qnet.notifications.audience;

import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AudienceConfiguration {

    @Bean
    CollectionIndexes peopleIndexes() {
        return People.indexes();
    }
}
