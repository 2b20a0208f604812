package org.qnet.members.organisation;

import org.qnet.members.organisation.infrastructure.OrganisationStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    /** Only an ADMIN registers organisations. */
    @Bean
    AccessRules organisationAccess() {
        return exchanges -> exchanges.pathMatchers(HttpMethod.POST, "/organisations").hasRole(Role.ADMIN.name());
    }

    @Bean
    CollectionIndexes organisationIndexes() {
        return OrganisationStore.indexes();
    }
}
