package org.qnet.members.round;

import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RoundConfiguration {

    /** ADMIN opens and closes rounds; the people who nominate or decide read them; a nominator reads their quota. */
    @Bean
    AccessRules roundAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/rounds", "/rounds/*/close").hasRole(Role.ADMIN.name())
                .pathMatchers(HttpMethod.GET, "/rounds/*/quota").hasRole(Role.NOMINATOR.name())
                .pathMatchers("/rounds", "/rounds/**")
                .hasAnyRole(Role.ADMIN.name(), Role.PANEL.name(), Role.NOMINATOR.name());
    }
}
