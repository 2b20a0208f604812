package org.qnet.platform.mongo;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/**
 * Creates every declared index before the service accepts traffic; creating an index that exists is a
 * no-op. A service whose indexes cannot be created does not start, rather than run without its rules.
 */
public class IndexBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ReactiveMongoTemplate mongo;
    private final List<CollectionIndexes> declared;

    public IndexBootstrap(ReactiveMongoTemplate mongo, List<CollectionIndexes> declared) {
        this.mongo = mongo;
        this.declared = declared;
    }

    @Override
    public void afterPropertiesSet() {
        Long created = Flux.fromIterable(declared)
                .concatMap(c -> Flux.fromIterable(c.indexes())
                        .concatMap(index -> mongo.indexOps(c.collection()).createIndex(index)))
                .count()
                .block(Duration.ofSeconds(60));
        log.info("ensured {} index(es) on {} collection(s)", created, declared.size());
    }
}
