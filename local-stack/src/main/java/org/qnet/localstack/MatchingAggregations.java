package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets an aggregation that starts with {@code $match} read only the documents that match, found
 * through the collection's indexes, where the embedded store would feed it the whole collection. It
 * covers qnet's counts (the driver counts with an aggregation), the directory's facets and the
 * inbox's last positions. The {@code $match} stage still runs on what is read, so the result is the
 * same. The store resolves the aggregated collection first, on the thread that handles the command,
 * so the match is handed over through that thread and taken by the first resolution only; a
 * {@code $lookup} into the same collection later in the pipeline reads it whole.
 */
final class MatchingAggregations {

    private static final String AGGREGATE = "aggregate";
    private static final String MATCH = "$match";

    private final ThreadLocal<Match> pending = new ThreadLocal<>();

    private record Match(String collection, Document query) {
    }

    /** Runs a command, with the leading match of an aggregation handed to the collection it reads. */
    Document handle(String command, Document body, Supplier<Document> run) {
        Match match = AGGREGATE.equalsIgnoreCase(command) ? leadingMatch(body) : null;
        if (match == null) {
            return run.get();
        }
        pending.set(match);
        try {
            return run.get();
        } finally {
            pending.remove();
        }
    }

    /** The collection as resolved, or a view of it that reads only the pending match's documents. */
    <P> MongoCollection<P> resolved(String name, MongoCollection<P> collection) {
        Match match = pending.get();
        if (collection == null || match == null || !match.collection().equals(name)) {
            return collection;
        }
        pending.remove();
        return matchingOnly(collection, match.query());
    }

    private static Match leadingMatch(Document body) {
        if (body.get(AGGREGATE) instanceof String collection && body.get("pipeline") instanceof List<?> stages
                && !stages.isEmpty() && stages.get(0) instanceof Document first && first.size() == 1
                && first.get(MATCH) instanceof Document query && onFieldsOnly(query)) {
            return new Match(collection, query);
        }
        return null;
    }

    /** Operators such as {@code $expr} or {@code $or} mean the same in a query only mostly: left to the stage. */
    private static boolean onFieldsOnly(Document query) {
        return !query.isEmpty() && query.keySet().stream().noneMatch(key -> key.startsWith("$"));
    }

    @SuppressWarnings("unchecked")
    private static <P> MongoCollection<P> matchingOnly(MongoCollection<P> collection, Document query) {
        return (MongoCollection<P>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getParameterCount() == 0 && method.getName().equals("queryAllAsStream")) {
                        return collection.handleQueryAsStream(query);
                    }
                    if (method.getParameterCount() == 0 && method.getName().equals("queryAll")) {
                        return collection.handleQuery(query);
                    }
                    try {
                        return method.invoke(collection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
