package org.qnet.platform.mongo;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/**
 * Creates every declared index when the service starts, in the first lifecycle phase, so before it
 * serves requests or consumes events; creating an index that exists is a no-op. A service whose
 * indexes cannot be created does not start, rather than run without its rules. Not during the
 * context's refresh: a class-data training run ({@code spring.context.exit=onRefresh}) then needs no
 * database, so an image can be trained where it is built.
 */
public class IndexBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ReactiveMongoTemplate mongo;
    private final List<CollectionIndexes> declared;
    private volatile boolean running;

    public IndexBootstrap(ReactiveMongoTemplate mongo, List<CollectionIndexes> declared) {
        this.mongo = mongo;
        this.declared = declared;
    }

    @Override
    public void start() {
        Long created = Flux.fromIterable(declared)
                .concatMap(c -> Flux.fromIterable(c.indexes())
                        .concatMap(index -> mongo.indexOps(c.collection()).createIndex(index)))
                .count()
                .block(Duration.ofSeconds(60));
        log.info("ensured {} index(es) on {} collection(s)", created, declared.size());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
