package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Lets an aggregation that starts with {@code $match} read only the documents that match, found
 * through the collection's indexes, where the embedded store would feed it the whole collection. It
 * covers qnet's counts (the driver counts with an aggregation), the directory's facets and the
 * inbox's last positions. The store resolves the aggregated collection first, on the thread that
 * handles the command, so the match is handed over through that thread and taken by the first
 * resolution only; a {@code $lookup} into the same collection later in the pipeline reads it whole.
 * The collection's query matches what it reads against the whole {@code $match}, with the matcher the
 * stage would use, so the pipeline runs without that stage rather than match every document twice.
 */
final class MatchingAggregations {

    private static final String AGGREGATE = "aggregate";
    private static final String MATCH = "$match";

    private final ThreadLocal<Match> pending = new ThreadLocal<>();

    private record Match(String collection, Document query) {
    }

    /**
     * Runs a command with the body given, or, for an aggregation that starts with a match, with that
     * match handed to the collection it reads and the body without it.
     */
    Document handle(String command, Document body, UnaryOperator<Document> run) {
        Match match = AGGREGATE.equalsIgnoreCase(command) ? leadingMatch(body) : null;
        if (match == null) {
            return run.apply(body);
        }
        pending.set(match);
        try {
            return run.apply(withoutLeadingMatch(body));
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

    private static Document withoutLeadingMatch(Document body) {
        Document rest = new Document(body);
        List<?> stages = (List<?>) body.get("pipeline");
        rest.put("pipeline", new ArrayList<>(stages.subList(1, stages.size())));
        return rest;
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
