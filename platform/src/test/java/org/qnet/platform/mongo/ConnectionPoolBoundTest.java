package org.qnet.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

class ConnectionPoolBoundTest {

    @Test
    void bounds_the_pool_when_the_connection_string_names_no_size() {
        assertThat(poolSizeWith("mongodb://db.example:27017/qnet", 16)).isEqualTo(16);
    }

    @Test
    void a_pool_size_in_the_connection_string_wins() {
        assertThat(poolSizeWith("mongodb://db.example:27017/qnet?maxPoolSize=40", 16)).isEqualTo(40);
    }

    @Test
    void a_bound_below_one_connection_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConnectionPoolBound(new ConnectionString("mongodb://db.example"), 0))
                .withMessageContaining("qnet.mongodb.max-pool-size");
    }

    /** As Spring Boot builds the settings: the connection string first, then the customizers. */
    private static int poolSizeWith(String uri, int bound) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(connection);
        new ConnectionPoolBound(connection, bound).customize(settings);
        return settings.build().getConnectionPoolSettings().getMaxSize();
    }
}
