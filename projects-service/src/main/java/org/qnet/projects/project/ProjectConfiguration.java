package org.qnet.projects.project;

import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectConfiguration {

    @Bean
    CollectionIndexes projectIndexes() {
        return ProjectStore.indexes();
    }
}
