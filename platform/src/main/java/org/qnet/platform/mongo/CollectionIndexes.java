package org.qnet.platform.mongo;

import java.util.List;
import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * The indexes a collection needs, declared as a bean by the capability that owns the collection.
 * Spring Data no longer derives indexes from annotations, and rules such as "one nomination per email
 * per round" rest on unique indexes, so every service creates them explicitly at start-up.
 */
public record CollectionIndexes(String collection, List<IndexDefinition> indexes) {

    public CollectionIndexes(String collection, IndexDefinition... indexes) {
        this(collection, List.of(indexes));
    }
}
