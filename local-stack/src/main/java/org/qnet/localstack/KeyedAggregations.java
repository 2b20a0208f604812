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
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs aggregations in the embedded store with a {@code $sort} that reads each document's sort keys
 * once and, followed by a page's {@code $skip} and {@code $limit}, orders only that page, and a
 * {@code $group} that reads a top-level field without parsing its path ({@link KeyedGroup}), as do a
 * {@code $project} that only includes top-level fields and an {@code $unwind} of a top-level field
 * without options (the directory's topic counts project and unwind before they group: half of the
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
    private static final String SKIP = "$skip";
    private static final String LIMIT = "$limit";
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
        for (int i = 0; i < pipeline.size(); i++) {
            Document stage = pipeline.get(i);
            String unwound = TopLevelField.referencedBy(stage.get(UNWIND));
            if (stage.get(SORT) instanceof Document orderBy) {
                aggregation.getStages().add(new KeyedSort(orderBy, kept(pipeline.subList(i + 1, pipeline.size()))));
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

    /**
     * How many documents of a sort's output the {@code $skip} and {@code $limit} stages right after it can
     * pass on, as MongoDB works it out to sort for a page without ordering everything: unbounded when no
     * limit follows.
     */
    private static long kept(List<Document> following) {
        long skipped = 0;
        long kept = Long.MAX_VALUE;
        for (Document stage : following) {
            if (stage.get(SKIP) instanceof Number skip) {
                skipped = atMostMax(skipped, Math.max(0, skip.longValue()));
            } else if (stage.get(LIMIT) instanceof Number limit && limit.longValue() > 0) {
                kept = Math.min(kept, atMostMax(skipped, limit.longValue()));
            } else {
                break;
            }
        }
        return kept;
    }

    /** The sum of two counts that are not negative, or the largest long where it would overflow. */
    private static long atMostMax(long count, long more) {
        long sum = count + more;
        return sum < 0 ? Long.MAX_VALUE : sum;
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

    /**
     * {@code $sort} comparing the values of each document's keys, read once per document. When only the
     * first {@code kept} documents can go on (a page), it keeps those in a bounded heap rather than ordering
     * all of them: the directory's page of twenty out of a thousand members was a third of the store's time
     * under {@code GET /members?topic=} sorted in full (docs/BENCHMARKS.md). Documents with equal keys stay
     * in the order they came, as in the full sort.
     */
    private static final class KeyedSort implements AggregationStage {

        /** Beyond this many, a limit is no page and the whole sort costs no more than the heap. */
        private static final long MOST_KEPT_IN_HEAP = 10_000;

        private final List<Function<Document, Object>> readers;
        private final Comparator<Keyed> order;
        private final long kept;

        KeyedSort(Document orderBy, long kept) {
            List<String> keys = List.copyOf(orderBy.keySet());
            this.readers = keys.stream().<Function<Document, Object>>map(key -> TopLevelField.is(key)
                    ? document -> document.getOrMissing(key)
                    : document -> Utils.getSubdocumentValueCollectionAware(document, key)).toList();
            Comparator<Object[]> values = (left, right) -> 0;
            for (int i = 0; i < keys.size(); i++) {
                int position = i;
                ValueComparator direction = ((Number) orderBy.get(keys.get(i))).intValue() > 0
                        ? ValueComparator.asc() : ValueComparator.desc();
                values = values.thenComparing(sortValues -> sortValues[position], direction);
            }
            this.order = Comparator.comparing(Keyed::sortValues, values).thenComparingLong(Keyed::arrival);
            this.kept = kept;
        }

        @Override
        public String name() {
            return SORT;
        }

        @Override
        public Stream<Document> apply(Stream<Document> stream) {
            List<Keyed> sorted = kept <= MOST_KEPT_IN_HEAP ? firstOf(stream, (int) kept) : all(stream);
            sorted.sort(order);
            return sorted.stream().map(Keyed::document);
        }

        private List<Keyed> all(Stream<Document> stream) {
            List<Keyed> keyed = new ArrayList<>();
            stream.forEach(document -> keyed.add(keyed(document, keyed.size())));
            return keyed;
        }

        /**
         * The first {@code count} in the order, the last of them on top of the heap: once the heap is full,
         * most documents of a large input are behind that one and cost a single comparison.
         */
        private List<Keyed> firstOf(Stream<Document> stream, int count) {
            PriorityQueue<Keyed> first = new PriorityQueue<>(order.reversed());
            long[] arrived = {0};
            stream.forEach(document -> {
                Keyed candidate = keyed(document, arrived[0]++);
                if (first.size() < count) {
                    first.add(candidate);
                } else if (order.compare(candidate, first.peek()) < 0) {
                    first.poll();
                    first.add(candidate);
                }
            });
            return new ArrayList<>(first);
        }

        private Keyed keyed(Document document, long arrival) {
            Object[] sortValues = new Object[readers.size()];
            for (int i = 0; i < sortValues.length; i++) {
                sortValues[i] = readers.get(i).apply(document);
            }
            return new Keyed(document, sortValues, arrival);
        }

        private record Keyed(Document document, Object[] sortValues, long arrival) {
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
                    boolean nested = holdsNested(document);
                    return elements.stream().map(element -> {
                        Document copy = nested ? document.cloneDeeply() : document.clone();
                        copy.put(field, element);
                        return copy;
                    });
                }
                return Stream.of(document);
            });
        }

        /**
         * Whether a field other than the unwound one holds a subdocument or an array, which each copy then
         * needs its own of; copies of the directory's projected topics, an id beside them, need none.
         */
        private boolean holdsNested(Document document) {
            return document.entrySet().stream().anyMatch(entry -> !entry.getKey().equals(field)
                    && isNested(entry.getValue()));
        }

        private static boolean isNested(Object value) {
            return value instanceof Document || value instanceof Collection<?> || value instanceof Map<?, ?>
                    || value != null && value.getClass().isArray();
        }
    }
}
