package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 * It lives in memory and is rebuilt from the documents when the store opens.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final String IN = "$in";
    private static final String EQ = "$eq";
    private static final String AND = "$and";
    private static final String OR = "$or";
    private static final String EXISTS = "$exists";

    private final String leadingKey;
    private final Map<KeyValue, P> positionsById = new HashMap<>();
    private final Map<KeyValue, Map<KeyValue, P>> positionsByValue = new HashMap<>();
    /** Documents that have the leading key but no value this index keeps by value (a null, a document). */
    private final Map<KeyValue, P> presentWithoutValue = new HashMap<>();

    SecondaryIndex(String name, List<IndexKey> keys) {
        super(name, keys, false);
        this.leadingKey = keys.get(0).getKey();
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
            positionsByValue.values().forEach(withValue -> positions.addAll(withValue.values()));
            positions.addAll(presentWithoutValue.values());
            return new ArrayList<>(positions);
        }
        for (Object value : values) {
            positions.addAll(positionsByValue.getOrDefault(normalized(value), Map.of()).values());
        }
        return new ArrayList<>(positions);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        KeyValue id = idOf(document);
        positionsById.put(id, position);
        Object atKey = leadingKeyOf(document);
        Set<KeyValue> values = indexedValues(atKey);
        for (KeyValue value : values) {
            positionsByValue.computeIfAbsent(value, v -> new LinkedHashMap<>()).put(id, position);
        }
        if (values.isEmpty() && present(atKey)) {
            presentWithoutValue.put(id, position);
        }
    }

    @Override
    public synchronized P remove(Document document) {
        KeyValue id = idOf(document);
        presentWithoutValue.remove(id);
        for (KeyValue value : indexedValues(leadingKeyOf(document))) {
            Map<KeyValue, P> withValue = positionsByValue.get(value);
            if (withValue != null) {
                withValue.remove(id);
                if (withValue.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
        return positionsById.remove(id);
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        Object before = leadingKeyOf(oldDocument);
        Object after = leadingKeyOf(newDocument);
        Set<KeyValue> valuesBefore = indexedValues(before);
        // Values kept by value mean the key is there; only without them can it come or go unseen by the values.
        if (!valuesBefore.equals(indexedValues(after))
                || valuesBefore.isEmpty() && present(before) != present(after)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
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
}
