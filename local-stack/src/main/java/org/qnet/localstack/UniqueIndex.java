package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A unique index held in memory and rebuilt from the documents when the store opens. The H2 backend
 * keeps its unique indexes in B-trees keyed by values H2 cannot compare natively, so every lookup,
 * the {@code _id} index's included, serialized keys to compare them: a sixth of the store's time in
 * the benchmarks' profile. A hash lookup needs no comparison.
 *
 * <p>It also answers what the store's own unique indexes leave to a scan, by looking up each
 * combination of the values asked for: a compound key asked for by {@code $in} in some of its fields
 * (the inbox asks which of a batch's events a consumer has handled so), an {@code $or} of keys (the
 * live streams ask whether the position after each listener's last is taken so), and a key asked for
 * beside other fields, which the store then matches against what the index found (a member is found by id
 * among those not erased, a connection changes status by id only from the status it is in).
 *
 * <p>A document's key is read straight from its fields when every field of the index is top-level and
 * holds a value the store keeps as it is (a string, an id, a date): the store would split each field's
 * path by a pattern, for every document inserted, twice in the check and once more in the add, which
 * was nearly half of the store's time while the notifications drained a backlog. Numbers, embedded
 * documents, arrays and dotted paths are read by the store.
 */
final class UniqueIndex<P> extends AbstractUniqueIndex<P> {

    private final Map<KeyValue, P> positions = new ConcurrentHashMap<>();
    /** The index's fields when each is top-level, which is when a key can be read straight; otherwise null. */
    private final List<String> topLevelFields;

    /** More combinations than this are left to a scan, as MongoDB bounds its own index bounds. */
    private static final int MAX_LOOKUPS = 10_000;
    private static final String IN = "$in";
    private static final String OR = "$or";

    UniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        List<String> fields = keys.stream().map(IndexKey::getKey).toList();
        this.topLevelFields = fields.stream().allMatch(TopLevelField::is) ? fields : null;
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        KeyValue key = plainKey(document);
        return key != null ? Set.of(key) : super.getKeyValues(document);
    }

    /**
     * The document's key read straight from its top-level fields, or null when the store must read it:
     * the store normalizes numbers and embedded documents and indexes each element of an array.
     */
    private KeyValue plainKey(Document document) {
        if (topLevelFields == null) {
            return null;
        }
        List<Object> values = new ArrayList<>(topLevelFields.size());
        for (String field : topLevelFields) {
            Object value = document.get(field);
            if (value instanceof Number || value instanceof Map || value instanceof Collection) {
                return null;
            }
            values.add(Missing.isNullOrMissing(value) ? null : value);
        }
        return new KeyValue(values);
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<P> collection) {
        if (topLevelFields == null) {
            super.checkAdd(document, collection);
        } else if (!isSparseWithoutKey(document)) {
            refuseTaken(getKeyValues(document), collection);
        }
    }

    /** Reads the document's keys once, where the store's add reads them again for its own check. */
    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        if (topLevelFields == null) {
            super.add(document, position, collection);
            return;
        }
        if (isSparseWithoutKey(document)) {
            return;
        }
        Set<KeyValue> keys = getKeyValues(document);
        refuseTaken(keys, collection);
        keys.forEach(key -> positions.put(key, position));
    }

    private boolean isSparseWithoutKey(Document document) {
        return isSparse() && topLevelFields.stream().noneMatch(document::containsKey);
    }

    private void refuseTaken(Set<KeyValue> keys, MongoCollection<P> collection) {
        for (KeyValue key : keys) {
            if (positions.containsKey(key)) {
                throw new DuplicateKeyError(this, collection, getKeys(), key);
            }
        }
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || lookups(query) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        List<KeyValue> lookups = super.canHandle(query) ? null : lookups(query);
        if (lookups == null) {
            return super.getPositions(query);
        }
        Set<P> found = new LinkedHashSet<>();
        lookups.stream().map(positions::get).filter(Objects::nonNull).forEach(found::add);
        return new ArrayList<>(found);
    }

    /**
     * Every key of the index that the query can match, when it names each field of the index, each by a
     * value or by {@code $in} values, or is an {@code $or} of such queries; otherwise null. Fields outside
     * the index are left to the store.
     */
    private List<KeyValue> lookups(Document query) {
        if (query.size() == 1 && query.get(OR) instanceof List<?> branches && !branches.isEmpty()) {
            return lookupsOfEach(branches);
        }
        if (!query.keySet().containsAll(keySet())) {
            return null;
        }
        List<List<Object>> combinations = List.of(List.of());
        for (String key : keys()) {
            List<Object> values = valuesAsked(query.get(key));
            if (values == null || combinations.size() * values.size() > MAX_LOOKUPS) {
                return null;
            }
            List<List<Object>> extended = new ArrayList<>();
            for (List<Object> prefix : combinations) {
                for (Object value : values) {
                    List<Object> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    extended.add(combination);
                }
            }
            combinations = extended;
        }
        return combinations.stream().map(combination -> new KeyValue(combination).normalized()).distinct().toList();
    }

    /** The keys each branch of an {@code $or} can match, when every branch can be looked up. */
    private List<KeyValue> lookupsOfEach(List<?> branches) {
        Set<KeyValue> all = new LinkedHashSet<>();
        for (Object branch : branches) {
            List<KeyValue> keys = branch instanceof Document query ? lookups(query) : null;
            if (keys == null || all.size() + keys.size() > MAX_LOOKUPS) {
                return null;
            }
            all.addAll(keys);
        }
        return List.copyOf(all);
    }

    private static List<Object> valuesAsked(Object condition) {
        if (condition instanceof Document operators && !BsonRegularExpression.isRegularExpression(condition)) {
            if (operators.size() != 1 || !(operators.get(IN) instanceof Collection<?> values)
                    || !values.stream().allMatch(UniqueIndex::isPlainValue)) {
                return null;
            }
            return List.copyOf(values);
        }
        return isPlainValue(condition) ? Collections.singletonList(condition) : null;
    }

    /**
     * A value that is looked up as it is. A null asks also for documents without the field, which a
     * sparse index does not hold; a pattern asks for every value it matches.
     */
    private static boolean isPlainValue(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection)
                && !(value instanceof Pattern) && !BsonRegularExpression.isRegularExpression(value);
    }

    @Override
    protected P removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, P position) {
        return positions.putIfAbsent(key, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected P getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
