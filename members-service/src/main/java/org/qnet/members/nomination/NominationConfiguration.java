package org.qnet.members.nomination;

import org.qnet.members.nomination.infrastructure.NominationStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class NominationConfiguration {

    /** Nominators submit and withdraw, the panel decides; nobody else touches nominations at all. */
    @Bean
    AccessRules nominationAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/nominations", "/nominations/*/withdraw").hasRole(Role.NOMINATOR.name())
                .pathMatchers(HttpMethod.POST, "/nominations/*/decision").hasRole(Role.PANEL.name())
                .pathMatchers("/nominations", "/nominations/**").hasAnyRole(Role.NOMINATOR.name(), Role.PANEL.name());
    }

    @Bean
    CollectionIndexes nominationIndexes() {
        return NominationStore.indexes();
    }
}
