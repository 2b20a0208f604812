package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The embedded MongoDB wire-protocol store (mongo-java-server). The real MongoDB driver talks to it as to
 * a MongoDB server. It has no transactions and no {@code $text}, which is why qnet relies on neither,
 * and it keeps no oplog, so it has no change streams, which qnet does not use either (an oplog would
 * write every change twice). On its own it ignores non-unique indexes and feeds every aggregation the
 * whole collection, so every query but one by a unique key scans; here its non-unique indexes are
 * {@link SecondaryIndex}es, which also give sorted queries their order ({@link IndexOrderedCollection}),
 * its unique indexes are hash maps ({@link UniqueIndex}), both held in memory and rebuilt from the
 * documents on opening, and aggregations read what their first {@code $match} finds
 * ({@link MatchingAggregations}), sorting and grouping on keys read once per document
 * ({@link KeyedAggregations}).
 */
public final class DocumentStore implements AutoCloseable {

    private static final int CACHE_MB = 256;
    /** Where H2Database keeps a collection's documents and its metadata: a store written before opens as it was. */
    private static final String DOCUMENTS_MAP = "databases.";
    private static final String META_MAP = "meta.";
    private static final int COMMIT_BUFFER_KB = 8 * 1024;
    private static final String HELLO = "hello";
    private static final String LEGACY_HELLO = "ismaster";
    private static final String WRITABLE_PRIMARY = "isWritablePrimary";

    private final MongoServer server;
    private final InetSocketAddress address;

    private DocumentStore(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
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
        return new DocumentStore(new IndexedH2Backend(pages), port);
    }

    /** A store in memory on a free port, gone when it closes: for tests, on the same backend as the persistent store. */
    public static DocumentStore inMemory() {
        return inMemory(0);
    }

    /** A store in memory, gone when it closes, on the same backend as the persistent store. */
    public static DocumentStore inMemory(int port) {
        return new DocumentStore(new IndexedH2Backend(new MVStore.Builder().open()), port);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    private static final class IndexedH2Backend extends H2Backend {

        IndexedH2Backend(MVStore pages) {
            super(pages);
        }

        /**
         * {@code hello} is the handshake's name since MongoDB 5.0 and what Spring Boot's health indicator
         * sends to every database; mongo-java-server answers only its legacy name, {@code isMaster},
         * which takes the same arguments. Without this every service on the store reports itself down.
         */
        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            if (!HELLO.equals(command)) {
                return super.handleCommand(channel, database, command, query);
            }
            Document reply = super.handleCommand(channel, database, LEGACY_HELLO, query);
            reply.put(WRITABLE_PRIMARY, reply.remove(LEGACY_HELLO));
            return reply;
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String name) {
            MatchingAggregations aggregations = new MatchingAggregations();
            return new H2Database(name, getMvStore(), getCursorRegistry()) {
                @Override
                protected Index<Object> openOrCreateSecondaryIndex(String collection, String index, List<IndexKey> keys,
                                                                   boolean sparse) {
                    return new SecondaryIndex<>(index, keys);
                }

                /** The H2 database's own collection, under the same map names, reading sorted queries in index order. */
                @Override
                protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
                    String namespace = getFullCollectionNamespace(collection);
                    return new IndexOrderedCollection(this, collection, options,
                            getMvStore().openMap(DOCUMENTS_MAP + namespace), getMvStore().openMap(META_MAP + namespace),
                            cursorRegistry);
                }

                @Override
                protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                                boolean sparse) {
                    return new UniqueIndex<>(index, keys, sparse);
                }

                @Override
                public Document handleCommand(Channel channel, String command, Document body, DatabaseResolver resolver,
                                              Oplog oplog) {
                    return aggregations.handle(command, body, run -> KeyedAggregations.runs(command, run)
                            ? new KeyedAggregations(this, resolver, oplog)
                                    .aggregate(run, resolveCollection(run.get(command).toString(), false))
                            : super.handleCommand(channel, command, run, resolver, oplog));
                }

                @Override
                public synchronized MongoCollection<Object> resolveCollection(String collection, boolean mustExist) {
                    return aggregations.resolved(collection, super.resolveCollection(collection, mustExist));
                }
            };
        }
    }
}
