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
import org.h2.mvstore.MVStore;

/**
 * The embedded MongoDB wire-protocol store (mongo-java-server). The real MongoDB driver talks to it as to
 * a MongoDB server; the oplog is on so that change streams work. It has no transactions and no
 * {@code $text}, which is why qnet relies on neither.
 */
public final class DocumentStore implements AutoCloseable {

    private static final int CACHE_MB = 256;
    private static final int COMMIT_BUFFER_KB = 8 * 1024;

    private final MongoServer server;
    private final InetSocketAddress address;

    private DocumentStore(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.server.enableOplog();
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
    }

    /**
     * A store whose data lives in an H2 file and survives a restart. The H2 store keeps each document
     * Java-serialized; a profile of the benchmark's backlog drain found 37 % of the store's time
     * deserializing pages read again after H2's default 16 MB cache had dropped them, so the cache is
     * sized for a community's data ({@value #CACHE_MB} MB, filled only as the data grows), and commits
     * are batched in a larger buffer so that busy pages are rewritten less often.
     */
    public static DocumentStore persistent(Path file, int port) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MVStore pages = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB)
                .autoCommitBufferSize(COMMIT_BUFFER_KB).open();
        return new DocumentStore(new H2Backend(pages), port);
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
