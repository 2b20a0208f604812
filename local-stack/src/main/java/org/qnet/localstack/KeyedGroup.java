package org.qnet.localstack;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.aggregation.Expression;
import de.bwaldvogel.mongo.backend.aggregation.accumulator.Accumulator;
import de.bwaldvogel.mongo.backend.aggregation.stage.AggregationStage;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code $group} reading a key or accumulated value that is a top-level field straight from each
 * document. The store's own group evaluates {@code "$field"} as a path, validating it and splitting it
 * with a regular expression for every document, and finds each document's group in a tree by its
 * comparator: the directory's facet counts spent half of the store's time there. Anything else is
 * evaluated as the store does; groups come out in the store's order.
 */
final class KeyedGroup implements AggregationStage {

    private static final String ID = "_id";

    private final Function<Document, Object> key;
    private final List<Accumulated> accumulated;

    KeyedGroup(Document configuration) {
        if (!configuration.containsKey(ID)) {
            throw new MongoServerError(15955, "a group specification must include an _id");
        }
        this.key = reading(configuration.get(ID));
        this.accumulated = Accumulator.parse(configuration).values().stream()
                .map(accumulator -> new Accumulated(accumulator, reading(accumulator.get().getExpression())))
                .toList();
    }

    /** One accumulated field: a fresh accumulator per group, and what it takes from each document. */
    private record Accumulated(Supplier<Accumulator> accumulator, Function<Document, Object> value) {
    }

    /** A top-level field's value, or what the store makes of any other expression, as its own group does. */
    private static Function<Document, Object> reading(Object expression) {
        String field = TopLevelField.referencedBy(expression);
        if (field != null) {
            // The store evaluates a subdocument's values again as expressions: left to it.
            return document -> {
                Object value = document.getOrMissing(field);
                return value instanceof Document ? Expression.evaluateDocument(expression, document) : value;
            };
        }
        return document -> Expression.evaluateDocument(expression, document);
    }

    @Override
    public String name() {
        return "$group";
    }

    @Override
    public Stream<Document> apply(Stream<Document> stream) {
        // Strings are equal to the store's comparator exactly when equal, so they are grouped by hash.
        Map<Object, List<Accumulator>> byText = new HashMap<>();
        Map<Object, List<Accumulator>> byValue = new TreeMap<>(ValueComparator.asc());
        stream.forEach(document -> {
            Object groupKey = key.apply(document);
            Map<Object, List<Accumulator>> groups = groupKey instanceof String ? byText : byValue;
            List<Accumulator> running = groups.computeIfAbsent(groupKey instanceof Missing ? null : groupKey,
                    absent -> accumulated.stream().map(field -> field.accumulator().get()).toList());
            for (int i = 0; i < running.size(); i++) {
                running.get(i).aggregate(accumulated.get(i).value().apply(document));
            }
        });
        List<Map.Entry<Object, List<Accumulator>>> groups = new ArrayList<>(byValue.entrySet());
        groups.addAll(byText.entrySet());
        groups.sort(Map.Entry.comparingByKey(ValueComparator.asc()));
        return groups.stream().map(group -> {
            Document result = new Document(ID, group.getKey());
            group.getValue().forEach(accumulator -> result.put(accumulator.getField(), accumulator.getResult()));
            return result;
        });
    }
}
