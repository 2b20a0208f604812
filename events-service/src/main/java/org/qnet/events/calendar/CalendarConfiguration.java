package org.qnet.events.calendar;

import org.qnet.events.calendar.infrastructure.CalendarFeeds;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /**
     * Calendar apps cannot send a bearer token: a feed answers to its secret URL alone. A subscription
     * is a member's own.
     */
    @Bean
    AccessRules calendarRoutes() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/calendar/feeds/*").permitAll()
                .pathMatchers("/calendar/subscription").hasRole(Role.MEMBER.name());
    }

    @Bean
    CollectionIndexes calendarFeedIndexes() {
        return CalendarFeeds.indexes();
    }
}
