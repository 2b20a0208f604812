package org.qnet.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * Bounds the connections an instance keeps to the database, unless its connection string names its own
 * {@code maxPoolSize}. The driver's default of 100 is more than a reactive service on a couple of cores
 * keeps busy, and each connection the pool opens under load stays open for good holding on to the
 * request that opened it (JAVA-6250, fixed in drivers newer than the reactive one here): a smaller bound
 * costs the service nothing but a short wait for a connection in a burst, and keeps its heap small.
 */
public class ConnectionPoolBound implements MongoClientSettingsBuilderCustomizer {

    private final ConnectionString connection;
    private final int maxSize;

    public ConnectionPoolBound(ConnectionString connection, int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("qnet.mongodb.max-pool-size must be at least 1, was " + maxSize);
        }
        this.connection = connection;
        this.maxSize = maxSize;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        if (connection.getMaxConnectionPoolSize() == null) {
            settings.applyToConnectionPoolSettings(pool -> pool.maxSize(maxSize));
        }
    }
}
