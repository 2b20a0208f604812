package org.qnet.projects.measure;

import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.projects.measure.infrastructure.MeasureStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MeasureConfiguration {

    @Bean
    CollectionIndexes measureIndexes() {
        return MeasureStore.indexes();
    }
}
