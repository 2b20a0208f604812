package org.qnet.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * Bounds the connections an instance keeps to the database, unless its connection string names its own
 * {@code maxPoolSize}: requests beyond the bound wait for a connection. Below the driver's default of 100,
 * because each connection the pool opens under load stays open holding on to the request that opened it
 * (JAVA-6250, fixed in drivers newer than the reactive one here), and the database's connections add up
 * over instances.
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
