package org.qnet.localstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store that reads a sorted query in the order of a {@link SecondaryIndex}
 * that holds it, where one does. The store on its own reads every candidate, sorts them and only then
 * applies the limit; read in order, the candidates are matched one after another and reading stops at
 * the limit, as MongoDB's index scan does.
 */
final class IndexOrderedCollection extends H2Collection {

    IndexOrderedCollection(MongoDatabase database, String name, CollectionOptions options,
                           MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (orderBy != null && !orderBy.isEmpty()) {
            for (Index<Object> index : getIndexes()) {
                List<Object> inOrder = index instanceof SecondaryIndex<Object> secondary
                        ? secondary.positionsInOrder(query, orderBy) : null;
                if (inOrder != null) {
                    return matchDocuments(query, inOrder, null, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
}
