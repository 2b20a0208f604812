package org.qnet.members.connection;

import org.qnet.members.connection.infrastructure.ConnectionStore;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

    /** Connections are between members. */
    @Bean
    AccessRules connectionAccess() {
        return exchanges -> exchanges.pathMatchers("/connections", "/connections/**").hasRole(Role.MEMBER.name());
    }

    @Bean
    CollectionIndexes connectionIndexes() {
        return ConnectionStore.indexes();
    }
}
