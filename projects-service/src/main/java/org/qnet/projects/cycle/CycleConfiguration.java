package org.qnet.projects.cycle;

import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.projects.cycle.infrastructure.CycleStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CycleConfiguration {

    @Bean
    CollectionIndexes cycleIndexes() {
        return CycleStore.indexes();
    }
}
