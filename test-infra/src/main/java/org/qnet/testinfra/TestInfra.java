package org.qnet.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qnet.localstack.DocumentStore;
import org.qnet.localstack.KafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real broker and store every integration test runs on, started once per test JVM.
 *
 * <p>Where a Docker engine answers, Apache Kafka and a MongoDB replica set run in Testcontainers;
 * elsewhere the embedded KRaft broker and the MongoDB wire-protocol store from {@code local-stack}. The
 * same test classes run on both. {@code QNET_TEST_INFRA=containers|embedded} forces one.
 */
public final class TestInfra {

    private static Infra infra;

    private TestInfra() {
    }

    /**
     * Registers the broker and store with a Spring test context, each test class in a database and a
     * consumer group of its own: contexts cached side by side must not take each other's records.
     */
    public static void register(DynamicPropertyRegistry registry, String database) {
        Infra running = infra();
        registry.add("spring.kafka.bootstrap-servers", running::kafkaBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", running::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", running::mongoUri);
        registry.add("spring.mongodb.database", () -> database);
        registry.add("spring.cloud.stream.default.group", () -> database);
    }

    public static String kafkaBootstrapServers() {
        return infra().kafkaBootstrapServers();
    }

    public static String mongoUri() {
        return infra().mongoUri();
    }

    /** Takes the broker away until the returned handle is closed; the store stays up. */
    public static BrokerOutage brokerOutage() {
        Infra running = infra();
        running.stopBroker();
        return running::startBroker;
    }

    /** An outage of the broker, ended by {@link #close()}. */
    public interface BrokerOutage extends AutoCloseable {
        @Override
        void close();
    }

    private static synchronized Infra infra() {
        if (infra == null) {
            infra = useContainers() ? new Containers() : new Embedded();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "test-infra-shutdown"));
        }
        return infra;
    }

    private static boolean useContainers() {
        String forced = System.getenv("QNET_TEST_INFRA");
        if (forced != null && !forced.isBlank()) {
            return forced.equals("containers");
        }
        return DockerClientFactory.instance().isDockerAvailable();
    }

    private interface Infra {
        String kafkaBootstrapServers();

        String mongoUri();

        void stopBroker();

        void startBroker();

        void close();
    }

    private static final class Embedded implements Infra {
        private final KafkaBroker broker;
        private final DocumentStore store;

        Embedded() {
            try {
                Path data = Files.createTempDirectory("qnet-kafka-");
                this.broker = new KafkaBroker(data, 0).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.store = DocumentStore.inMemory();
        }

        @Override
        public String kafkaBootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public String mongoUri() {
            return store.connectionString();
        }

        @Override
        public void stopBroker() {
            broker.stop();
        }

        @Override
        public void startBroker() {
            broker.start();
        }

        @Override
        public void close() {
            broker.close();
            store.close();
        }
    }

    private static final class Containers implements Infra {
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2")
                .withEnv("KAFKA_NUM_PARTITIONS", "6");
        private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

        Containers() {
            kafka.start();
            mongo.start();
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public String mongoUri() {
            return mongo.getReplicaSetUrl();
        }

        // Paused, not stopped: a stopped container comes back on other ports.
        @Override
        public void stopBroker() {
            kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        public void startBroker() {
            kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        public void close() {
            kafka.stop();
            mongo.stop();
        }
    }
}
