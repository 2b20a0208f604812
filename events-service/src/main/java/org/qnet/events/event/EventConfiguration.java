package org.qnet.events.event;

import org.qnet.events.event.infrastructure.EventStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class EventConfiguration {

    /** Organisers (and ADMINs) create events; who may change one is decided event by event. */
    @Bean
    AccessRules eventRoutes() {
        return exchanges -> exchanges.pathMatchers(HttpMethod.POST, "/events", "/events/series")
                .hasAnyRole(Role.ORGANISER.name(), Role.ADMIN.name());
    }

    @Bean
    CollectionIndexes eventIndexes() {
        return EventStore.indexes();
    }
}
