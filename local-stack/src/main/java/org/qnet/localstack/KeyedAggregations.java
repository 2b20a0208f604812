package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.aggregation.stage.AggregationStage;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs aggregations in the embedded store with a {@code $sort} that reads each document's sort keys
 * once, and a {@code $group} that reads a top-level field without parsing its path ({@link KeyedGroup}),
 * as do a {@code $project} that only includes top-level fields and an {@code $unwind} of a top-level
 * field without options (the directory's topic counts project and unwind before they group: half of the
 * store's samples under {@code GET /members?topic=} once the group was fixed).
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
    private static final String PROJECT = "$project";
    private static final String UNWIND = "$unwind";
    private static final String ID = "_id";

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
            String unwound = TopLevelField.referencedBy(stage.get(UNWIND));
            if (stage.get(SORT) instanceof Document orderBy) {
                aggregation.getStages().add(new KeyedSort(orderBy));
            } else if (stage.get(GROUP) instanceof Document group) {
                aggregation.getStages().add(new KeyedGroup(group));
            } else if (stage.get(FACET) instanceof Document facets) {
                aggregation.getStages().add(new Facets(facets, collection));
            } else if (stage.get(PROJECT) instanceof Document projection && TopLevelProject.handles(projection)) {
                aggregation.getStages().add(new TopLevelProject(projection));
            } else if (unwound != null) {
                aggregation.getStages().add(new TopLevelUnwind(unwound));
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

        private final List<Function<Document, Object>> readers;
        private final Comparator<Object[]> order;

        KeyedSort(Document orderBy) {
            List<String> keys = List.copyOf(orderBy.keySet());
            this.readers = keys.stream().<Function<Document, Object>>map(key -> TopLevelField.is(key)
                    ? document -> document.getOrMissing(key)
                    : document -> Utils.getSubdocumentValueCollectionAware(document, key)).toList();
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
            stream.forEach(document -> keyed.add(new Keyed(document,
                    readers.stream().map(reader -> reader.apply(document)).toArray())));
            keyed.sort((left, right) -> order.compare(left.sortValues(), right.sortValues()));
            return keyed.stream().map(Keyed::document);
        }

        private record Keyed(Document document, Object[] sortValues) {
        }
    }

    /**
     * {@code $project} including top-level fields only, {@code _id} kept unless excluded: the fields the
     * document has, in the projection's order, as the store's projection gives them.
     */
    private static final class TopLevelProject implements AggregationStage {

        private final Document projection;

        TopLevelProject(Document projection) {
            this.projection = projection;
        }

        static boolean handles(Document projection) {
            return projection.entrySet().stream().anyMatch(entry -> !entry.getKey().equals(ID) && Utils.isTrue(entry.getValue()))
                    && projection.entrySet().stream().allMatch(entry -> TopLevelField.is(entry.getKey())
                            && (entry.getValue() instanceof Number || entry.getValue() instanceof Boolean)
                            && (entry.getKey().equals(ID) || Utils.isTrue(entry.getValue())));
        }

        @Override
        public String name() {
            return PROJECT;
        }

        @Override
        public Stream<Document> apply(Stream<Document> stream) {
            return stream.map(document -> {
                Document result = new Document();
                if (!projection.containsKey(ID)) {
                    copy(document, result, ID);
                }
                projection.forEach((field, included) -> {
                    if (Utils.isTrue(included)) {
                        copy(document, result, field);
                    }
                });
                return result;
            });
        }

        private static void copy(Document from, Document to, String field) {
            Object value = from.getOrMissing(field);
            if (!(value instanceof Missing)) {
                to.put(field, value);
            }
        }
    }

    /**
     * {@code $unwind} of a top-level field, without options: a copy of the document for each element of
     * an array there, the document itself for any other value, nothing for a missing, null or empty one.
     */
    private static final class TopLevelUnwind implements AggregationStage {

        private final String field;

        TopLevelUnwind(String field) {
            this.field = field;
        }

        @Override
        public String name() {
            return UNWIND;
        }

        @Override
        public Stream<Document> apply(Stream<Document> stream) {
            return stream.flatMap(document -> {
                Object values = document.getOrMissing(field);
                if (Missing.isNullOrMissing(values)) {
                    return Stream.empty();
                }
                if (values instanceof Collection<?> elements) {
                    return elements.stream().map(element -> {
                        Document copy = document.cloneDeeply();
                        copy.put(field, element);
                        return copy;
                    });
                }
                return Stream.of(document);
            });
        }
    }
}
