package org.qnet.members.organisation;

import org.qnet.members.organisation.infrastructure.OrganisationStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    @Bean
    CollectionIndexes organisationIndexes() {
        return OrganisationStore.indexes();
    }
}
