package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.aggregation.stage.AggregationStage;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs aggregations in the embedded store with a {@code $sort} that reads each document's sort keys
 * once, and a {@code $group} that reads a top-level field without parsing its path ({@link KeyedGroup}).
 * The store's own sort looks the keys up again in both documents of every comparison, splitting each
 * key's path with a regular expression each time: sorting the directory's thousand matching members for
 * a page of twenty was nearly half of the store's time under {@code GET /members?topic=}, and its facet
 * counts half of what was left (docs/BENCHMARKS.md). The results are the store's: the same values
 * compared by the same comparator, in a stable sort, and groups in the store's order; every other stage
 * is the store's own.
 */
final class KeyedAggregations {

    private static final String SORT = "$sort";
    private static final String GROUP = "$group";
    private static final String FACET = "$facet";

    private final MongoDatabase database;
    private final DatabaseResolver resolver;
    private final Oplog oplog;

    KeyedAggregations(MongoDatabase database, DatabaseResolver resolver, Oplog oplog) {
        this.database = database;
        this.resolver = resolver;
        this.oplog = oplog;
    }

    /** Whether this runs the command: an aggregation with a sort or a group anywhere in it, not a change stream. */
    static boolean runs(String command, Document body) {
        return "aggregate".equalsIgnoreCase(command) && body.get("pipeline") instanceof List<?> pipeline
                && sortsOrGroups(pipeline) && !(pipeline.get(0) instanceof Document first && first.containsKey("$changeStream"));
    }

    /** The {@code aggregate} command's reply, as the store gives it: the whole result in the first batch. */
    Document aggregate(Document body, MongoCollection<?> collection) {
        Aggregation aggregation = aggregation(Aggregation.parse(body.get("pipeline")), collection);
        aggregation.validate(body);
        List<Document> result = aggregation.computeResult();
        Document cursor = new Document("id", 0L)
                .append("ns", database.getDatabaseName() + "." + body.get("aggregate"))
                .append("firstBatch", result);
        Document reply = new Document("cursor", cursor);
        Utils.markOkay(reply);
        return reply;
    }

    private Aggregation aggregation(List<Document> pipeline, MongoCollection<?> collection) {
        Aggregation aggregation = Aggregation.fromPipeline(List.of(), resolver, database, collection, oplog);
        for (Document stage : pipeline) {
            if (stage.get(SORT) instanceof Document orderBy) {
                aggregation.getStages().add(new KeyedSort(orderBy));
            } else if (stage.get(GROUP) instanceof Document group) {
                aggregation.getStages().add(new KeyedGroup(group));
            } else if (stage.get(FACET) instanceof Document facets) {
                aggregation.getStages().add(new Facets(facets, collection));
            } else {
                aggregation.getStages().addAll(
                        Aggregation.fromPipeline(List.of(stage), resolver, database, collection, oplog).getStages());
            }
        }
        return aggregation;
    }

    private static boolean sortsOrGroups(List<?> pipeline) {
        return pipeline.stream().anyMatch(stage -> stage instanceof Document document
                && (document.containsKey(SORT) || document.containsKey(GROUP)
                || document.get(FACET) instanceof Document facets && facets.values().stream()
                        .anyMatch(facet -> facet instanceof List<?> inner && sortsOrGroups(inner))));
    }

    /** {@code $facet}, with each facet's pipeline built as above. */
    private final class Facets implements AggregationStage {

        private final Map<String, Aggregation> facets = new LinkedHashMap<>();

        Facets(Document configuration, MongoCollection<?> collection) {
            configuration.forEach((name, pipeline) -> facets.put(name, aggregation(Aggregation.parse(pipeline), collection)));
        }

        @Override
        public String name() {
            return FACET;
        }

        @Override
        public Stream<Document> apply(Stream<Document> stream) {
            List<Document> all = stream.collect(Collectors.toList());
            Document result = new Document();
            facets.forEach((name, facet) -> result.put(name, facet.runStages(all.stream())));
            return Stream.of(result);
        }

        @Override
        public boolean isModifying() {
            return facets.values().stream().anyMatch(Aggregation::isModifying);
        }
    }

    /** {@code $sort} comparing the values of each document's keys, read once per document. */
    private static final class KeyedSort implements AggregationStage {

        private final List<String> keys;
        private final Comparator<Object[]> order;

        KeyedSort(Document orderBy) {
            this.keys = List.copyOf(orderBy.keySet());
            Comparator<Object[]> order = (left, right) -> 0;
            for (int i = 0; i < keys.size(); i++) {
                int position = i;
                ValueComparator values = ((Number) orderBy.get(keys.get(i))).intValue() > 0
                        ? ValueComparator.asc() : ValueComparator.desc();
                order = order.thenComparing(sortValues -> sortValues[position], values);
            }
            this.order = order;
        }

        @Override
        public String name() {
            return SORT;
        }

        @Override
        public Stream<Document> apply(Stream<Document> stream) {
            List<Keyed> keyed = new ArrayList<>();
            stream.forEach(document -> keyed.add(new Keyed(document, keys.stream()
                    .map(key -> Utils.getSubdocumentValueCollectionAware(document, key)).toArray())));
            keyed.sort((left, right) -> order.compare(left.sortValues(), right.sortValues()));
            return keyed.stream().map(Keyed::document);
        }

        private record Keyed(Document document, Object[] sortValues) {
        }
    }
}
