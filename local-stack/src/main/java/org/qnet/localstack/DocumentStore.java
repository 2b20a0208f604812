package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MongoDB wire-protocol store (mongo-java-server). The real MongoDB driver talks to it as to
 * a MongoDB server; the oplog is on so that change streams work. It has no transactions and no
 * {@code $text}, which is why qnet relies on neither.
 */
public final class DocumentStore implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private DocumentStore(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.server.enableOplog();
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
    }

    /** A store whose data lives in an H2 file and survives a restart. */
    public static DocumentStore persistent(Path file, int port) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentStore(new H2Backend(file.toString()), port);
    }

    /** A store in memory, gone when it closes: for tests. */
    public static DocumentStore inMemory() {
        return new DocumentStore(new MemoryBackend(), 0);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
