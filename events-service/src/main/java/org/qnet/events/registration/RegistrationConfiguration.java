package org.qnet.events.registration;

import org.qnet.events.registration.infrastructure.RegistrationStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    /** Members register and cancel their own registrations. */
    @Bean
    AccessRules registrationRoutes() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/events/*/registrations").hasRole(Role.MEMBER.name())
                .pathMatchers(HttpMethod.DELETE, "/events/*/registrations/me").hasRole(Role.MEMBER.name());
    }

    @Bean
    CollectionIndexes registrationIndexes() {
        return RegistrationStore.indexes();
    }
}
