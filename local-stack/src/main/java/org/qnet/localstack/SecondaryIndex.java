package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A non-unique index for the embedded store, which on its own ignores every index that is not unique
 * and so scans the whole collection for most of qnet's queries (a member's notifications, a round's
 * nominations, an event's registrations). It narrows a query by the index's leading key when the query
 * asks for that key to equal a value or one of a list of values, also within an {@code $and} or in
 * every branch of an {@code $or} (the email queue asks for the due and the abandoned so). It also
 * narrows a query for documents that have the leading key at all ({@code $exists: true}), which is how
 * each outbox relay asks every few seconds for what is still pending: a scan of the whole collection
 * otherwise, however few documents have anything pending. The store still matches every candidate
 * against the whole query, so the index only has to hold every document that could match.
 *
 * <p>A compound index also keeps the documents of each leading value in the order of its second key,
 * so that a query it narrows and sorted by that key alone is read in that order
 * ({@link #positionsInOrder}) and a limit stops the reading early, as MongoDB walks an index: the email
 * queue's oldest due emails are then fifty documents read, not every pending email and a sort.
 * It lives in memory and is rebuilt from the documents when the store opens.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final String IN = "$in";
    private static final String EQ = "$eq";
    private static final String AND = "$and";
    private static final String OR = "$or";
    private static final String EXISTS = "$exists";

    private final String leadingKey;
    /** The second key of a compound index, or null. */
    private final String orderKey;
    private final Map<KeyValue, P> positionsById = new HashMap<>();
    private final Map<KeyValue, WithValue<P>> positionsByValue = new HashMap<>();
    /** Documents that have the leading key but no value this index keeps by value (a null, a document). */
    private final Map<KeyValue, P> presentWithoutValue = new HashMap<>();

    SecondaryIndex(String name, List<IndexKey> keys) {
        super(name, keys, false);
        this.leadingKey = keys.get(0).getKey();
        this.orderKey = keys.size() > 1 ? keys.get(1).getKey() : null;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return queriedValues(query) != null || asksPresence(query);
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Set<P> positions = new LinkedHashSet<>();
        Collection<?> values = queriedValues(query);
        if (values == null) {
            positionsByValue.values().forEach(withValue -> positions.addAll(withValue.byId.values()));
            positions.addAll(presentWithoutValue.values());
            return new ArrayList<>(positions);
        }
        for (Object value : values) {
            WithValue<P> withValue = positionsByValue.get(normalized(value));
            if (withValue != null) {
                positions.addAll(withValue.byId.values());
            }
        }
        return new ArrayList<>(positions);
    }

    /**
     * The positions of every document the query could match, in the order {@code orderBy} asks, or null
     * when this index cannot give that order: it can when it narrows the query by values of its leading
     * key, the order is by its second key alone, and none of those documents holds an array or an
     * embedded document there (whose place in a sort is not one value).
     */
    synchronized List<P> positionsInOrder(Document query, Document orderBy) {
        if (orderKey == null || orderBy == null || orderBy.size() != 1
                || !(orderBy.get(orderKey) instanceof Number direction)) {
            return null;
        }
        Collection<?> values = queriedValues(query);
        if (values == null) {
            return null;
        }
        List<NavigableMap<Object, Map<KeyValue, P>>> runs = new ArrayList<>();
        for (KeyValue value : normalizedAll(values)) {
            WithValue<P> withValue = positionsByValue.get(value);
            if (withValue != null) {
                if (withValue.unordered > 0) {
                    return null;
                }
                runs.add(direction.intValue() < 0 ? withValue.byOrderKey.descendingMap() : withValue.byOrderKey);
            }
        }
        return merged(runs);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        add(keysOf(document), position);
    }

    @Override
    public synchronized P remove(Document document) {
        return remove(keysOf(document));
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        Keys before = keysOf(oldDocument);
        Keys after = keysOf(newDocument);
        // Values kept by value mean the key is there; only without them can it come or go unseen by the values.
        if (!before.values().equals(after.values())
                || before.values().isEmpty() && before.present() != after.present()
                || !before.values().isEmpty() && !Objects.equals(before.order(), after.order())) {
            remove(before);
            add(after, position);
        }
    }

    private void add(Keys keys, P position) {
        positionsById.put(keys.id(), position);
        for (KeyValue value : keys.values()) {
            positionsByValue.computeIfAbsent(value, v -> new WithValue<>(orderKey != null))
                    .add(keys.id(), keys.order(), position);
        }
        if (keys.values().isEmpty() && keys.present()) {
            presentWithoutValue.put(keys.id(), position);
        }
    }

    private P remove(Keys keys) {
        presentWithoutValue.remove(keys.id());
        for (KeyValue value : keys.values()) {
            WithValue<P> withValue = positionsByValue.get(value);
            if (withValue != null && withValue.remove(keys.id(), keys.order())) {
                positionsByValue.remove(value);
            }
        }
        return positionsById.remove(keys.id());
    }

    @Override
    public synchronized P getPosition(Document document) {
        return positionsById.get(idOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // Not unique: any document may be added.
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // Not unique: any change is allowed.
    }

    @Override
    public synchronized long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positionsById.clear();
        positionsByValue.clear();
        presentWithoutValue.clear();
    }

    /**
     * The values a query asks the leading key to equal, or null when the index cannot narrow it. Each
     * condition of an {@code $and} must hold, so any one of them that names values narrows the query;
     * one branch of an {@code $or} must hold, so it narrows only when every branch names values.
     */
    private Collection<?> queriedValues(Document query) {
        if (query.get(AND) instanceof List<?> conditions) {
            for (Object condition : conditions) {
                Collection<?> values = condition instanceof Document part ? queriedValues(part) : null;
                if (values != null) {
                    return values;
                }
            }
        }
        if (query.get(OR) instanceof List<?> branches && !branches.isEmpty()) {
            List<Object> union = new ArrayList<>();
            for (Object branch : branches) {
                Collection<?> values = branch instanceof Document part ? queriedValues(part) : null;
                if (values == null) {
                    union = null;
                    break;
                }
                union.addAll(values);
            }
            if (union != null) {
                return union;
            }
        }
        Object condition = query.get(leadingKey);
        if (isPlainValue(condition)) {
            return List.of(condition);
        }
        if (condition instanceof Document operators && operators.size() == 1) {
            Object operand = operators.get(EQ);
            if (isPlainValue(operand)) {
                return List.of(operand);
            }
            if (operators.get(IN) instanceof Collection<?> values && values.stream().allMatch(SecondaryIndex::isPlainValue)) {
                return values;
            }
        }
        return null;
    }

    /** Whether the query asks only that the leading key be there, which MongoDB answers from a sparse index. */
    private boolean asksPresence(Document query) {
        return query.get(leadingKey) instanceof Document operators && operators.size() == 1
                && Boolean.TRUE.equals(operators.get(EXISTS));
    }

    /** What the index keeps of a document, each of its keys read once. */
    private Keys keysOf(Document document) {
        Object atKey = leadingKeyOf(document);
        // A single-key index keeps no order: null stands for its second key.
        Object order = orderKey == null ? null : Utils.getSubdocumentValueCollectionAware(document, orderKey);
        return new Keys(idOf(document), atKey, indexedValues(atKey), order);
    }

    /**
     * The runs' positions merged in their order, each document once (one with an array at the leading
     * key is in the run of each of its values).
     */
    private static <P> List<P> merged(List<NavigableMap<Object, Map<KeyValue, P>>> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Comparator<? super Object> order = runs.get(0).comparator();
        PriorityQueue<Run<P>> heads = new PriorityQueue<>((a, b) -> order.compare(a.head.getKey(), b.head.getKey()));
        for (NavigableMap<Object, Map<KeyValue, P>> run : runs) {
            Run.of(run).ifPresent(heads::add);
        }
        Set<P> positions = new LinkedHashSet<>();
        while (!heads.isEmpty()) {
            Run<P> next = heads.poll();
            positions.addAll(next.head.getValue().values());
            next.advanced().ifPresent(heads::add);
        }
        return new ArrayList<>(positions);
    }

    private static Set<KeyValue> normalizedAll(Collection<?> values) {
        return values.stream().map(SecondaryIndex::normalized).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What the document holds at the leading key, an array's elements' values each. */
    private Object leadingKeyOf(Document document) {
        return Utils.getSubdocumentValueCollectionAware(document, leadingKey);
    }

    /** Whether a value read at the leading key is there, in any element of an array on its path. */
    private static boolean present(Object value) {
        if (value instanceof Collection<?> elements) {
            return elements.stream().anyMatch(SecondaryIndex::present);
        }
        return !(value instanceof Missing);
    }

    /**
     * Values whose equality the store decides as MongoDB does. Everything else (null, which also
     * matches a missing field; arrays and documents; regular expressions) is left to a scan.
     */
    private static boolean isPlainValue(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof ObjectId || value instanceof Instant || value instanceof Date
                || value instanceof UUID;
    }

    /** The values kept by value of what a document holds at the leading key: each element of an array. */
    private static Set<KeyValue> indexedValues(Object atKey) {
        Set<KeyValue> values = new LinkedHashSet<>();
        collect(atKey, values);
        return values;
    }

    private static void collect(Object value, Set<KeyValue> values) {
        if (value instanceof Collection<?> elements) {
            elements.forEach(element -> collect(element, values));
        } else if (isPlainValue(value)) {
            values.add(normalized(value));
        }
    }

    private static KeyValue normalized(Object value) {
        return new KeyValue(value).normalized();
    }

    private static KeyValue idOf(Document document) {
        return normalized(document.get("_id"));
    }

    /**
     * What the index keeps of one document: its id, what it holds at the leading key and the values of
     * that kept by value, and what it holds at the second key, as the store's sort reads it.
     */
    private record Keys(KeyValue id, Object atKey, Set<KeyValue> values, Object order) {
        boolean present() {
            return SecondaryIndex.present(atKey);
        }
    }

    /** Whether the store's sort places a value by itself, as a key of an ordered map can: not an array or a document. */
    private static boolean orderable(Object value) {
        return !(value instanceof Collection<?>) && !(value instanceof Document);
    }

    /**
     * The documents holding one value at the leading key: by id, and (for a compound index) by what they
     * hold at the second key, ordered as the store's sort orders it, with a count of those it cannot place.
     */
    private static final class WithValue<P> {
        private final Map<KeyValue, P> byId = new LinkedHashMap<>();
        private final NavigableMap<Object, Map<KeyValue, P>> byOrderKey = new TreeMap<>(ValueComparator.asc());
        private final boolean keepsOrder;
        private int unordered;

        WithValue(boolean keepsOrder) {
            this.keepsOrder = keepsOrder;
        }

        void add(KeyValue id, Object order, P position) {
            if (byId.put(id, position) != null || !keepsOrder) {
                return;
            }
            if (orderable(order)) {
                byOrderKey.computeIfAbsent(order, o -> new LinkedHashMap<>()).put(id, position);
            } else {
                unordered++;
            }
        }

        /** Removes the document; whether none is left. */
        boolean remove(KeyValue id, Object order) {
            if (byId.remove(id) != null && keepsOrder) {
                if (orderable(order)) {
                    Map<KeyValue, P> tied = byOrderKey.get(order);
                    if (tied != null && tied.remove(id) != null && tied.isEmpty()) {
                        byOrderKey.remove(order);
                    }
                } else {
                    unordered--;
                }
            }
            return byId.isEmpty();
        }
    }

    /** One value's documents being merged in order: the entry next in line and what follows it. */
    private static final class Run<P> {
        private final Iterator<Map.Entry<Object, Map<KeyValue, P>>> rest;
        private final Map.Entry<Object, Map<KeyValue, P>> head;

        private Run(Iterator<Map.Entry<Object, Map<KeyValue, P>>> rest) {
            this.rest = rest;
            this.head = rest.next();
        }

        static <P> Optional<Run<P>> of(NavigableMap<Object, Map<KeyValue, P>> run) {
            Iterator<Map.Entry<Object, Map<KeyValue, P>>> entries = run.entrySet().iterator();
            return entries.hasNext() ? Optional.of(new Run<>(entries)) : Optional.empty();
        }

        Optional<Run<P>> advanced() {
            return rest.hasNext() ? Optional.of(new Run<>(rest)) : Optional.empty();
        }
    }
}
